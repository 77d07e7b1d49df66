import type { AuthService } from './auth/auth-service.ts';

export const DEMO_PASSWORD = 'QuangNgai@2026';

/** Demo people for a first look; fictitious addresses on a reserved domain. */
export const demoUsers = [
  { email: 'quantri@demo.tradeqn.vn', fullName: 'Trần Thị Quản Trị', role: 'admin' as const },
  { email: 'kiemduyet@demo.tradeqn.vn', fullName: 'Lê Văn Kiểm Duyệt', role: 'moderator' as const },
];

export const demoBuyer = { email: 'khachhang@demo.tradeqn.vn', fullName: 'Nguyễn Thị Khách Hàng', phone: '0905123456' };

/** Owns the demo enterprises. */
export const demoSeller = { email: 'doanhnghiep@demo.tradeqn.vn', fullName: 'Phạm Thị Chủ Hàng', phone: '0914123456' };

export async function loadDemoUsers(auth: AuthService): Promise<void> {
  for (const user of demoUsers) await auth.ensureStaffUser({ ...user, password: DEMO_PASSWORD });
  for (const person of [demoBuyer, demoSeller]) {
    if (!(await auth.getUserByEmail(person.email))) {
      await auth.createVerifiedUser({ ...person, password: DEMO_PASSWORD, roles: ['consumer'] });
    }
  }
}
