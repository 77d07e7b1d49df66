/**
 * Prints the code the demo staff's authenticator would show now (demo data only):
 * `pnpm --filter @tradeqn/accounts demo:code`.
 */
import { generate } from 'otplib';
import { DEMO_TWO_FACTOR_SECRET } from './demo-users.ts';

const code = await generate({ secret: DEMO_TWO_FACTOR_SECRET });
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${code}  (mã xác thực của tài khoản cán bộ demo, còn ${secondsLeft} giây / demo staff code, ${secondsLeft}s left)`);
