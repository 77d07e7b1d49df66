import type { AuthService } from './auth/auth-service.ts';
import type { TwoFactorService } from './two-factor/two-factor-service.ts';

export const DEMO_PASSWORD = 'QuangNgai@2026';

/**
 * The demo staff's two-factor secret (Base32), published like their password: staff need
 * two-factor to reach the console, so the demo admin and moderator have it on with this secret.
 * Type it into an authenticator app, or print the current code with
 * `pnpm --filter @tradeqn/accounts demo:code`. Demo data only (DEMO_DATA, never in production).
 */
export const DEMO_TWO_FACTOR_SECRET = 'KVKFKRCPJFHEWTKQJBGVKSKNKE2EYSJT';

/** Demo people for a first look; fictitious addresses on a reserved domain. */
export const demoUsers = [
  { email: 'quantri@demo.tradeqn.vn', fullName: 'Trần Thị Quản Trị', role: 'admin' as const },
  { email: 'kiemduyet@demo.tradeqn.vn', fullName: 'Lê Văn Kiểm Duyệt', role: 'moderator' as const },
];

export const demoBuyer = { email: 'khachhang@demo.tradeqn.vn', fullName: 'Nguyễn Thị Khách Hàng', phone: '0905123456' };

/** Owns the demo enterprises. */
export const demoSeller = { email: 'doanhnghiep@demo.tradeqn.vn', fullName: 'Phạm Thị Chủ Hàng', phone: '0914123456' };

export async function loadDemoUsers(auth: AuthService, twoFactor: TwoFactorService): Promise<void> {
  for (const user of demoUsers) {
    const { user: staff, granted } = await auth.ensureStaffUser({ ...user, password: DEMO_PASSWORD });
    if (granted) await twoFactor.enableWithKnownSecret(staff.id, DEMO_TWO_FACTOR_SECRET);
  }
  for (const person of [demoBuyer, demoSeller]) {
    if (!(await auth.getUserByEmail(person.email))) {
      await auth.createVerifiedUser({ ...person, password: DEMO_PASSWORD, roles: ['consumer'] });
    }
  }
}
