import { DEMO_PASSWORD, demoBuyer, demoSeller, demoUsers } from '@tradeqn/accounts';
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
        ]
      : [],
});
