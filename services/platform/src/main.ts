import { DEMO_PASSWORD, DEMO_TWO_FACTOR_SECRET, demoBuyer, demoSeller, demoUsers } from '@tradeqn/accounts';
import { runServices } from '@tradeqn/runtime';
import { createMarketplace, loadMarketplaceSettings } from './modules.ts';

await runServices({
  title: 'Sàn giao dịch TMĐT Quảng Ngãi',
  settings: () => loadMarketplaceSettings(),
  modules: (infra, settings) => createMarketplace(infra, settings).all,
  banner: (settings) =>
    settings.core.demoData
      ? [
          '',
          `  Tài khoản demo (mật khẩu ${DEMO_PASSWORD}):`,
          ...[...demoUsers, { ...demoBuyer, role: 'buyer' }, { ...demoSeller, role: 'seller' }].map(
            (user) => `    ${user.role.padEnd(10)} ${user.email}`,
          ),
          `  Cán bộ demo đăng nhập bằng mã xác thực hai lớp: khoá ${DEMO_TWO_FACTOR_SECRET} trong ứng dụng xác thực,`,
          '  hoặc lấy mã hiện tại bằng: pnpm --filter @tradeqn/accounts demo:code',
        ]
      : [],
});
