import { parseArgs } from 'node:util';
import type { AccountsApi } from '@tradeqn/accounts/contract';
import { STAFF_ROLES, type StaffRole } from '@tradeqn/accounts/contract';

export const USAGE = `Sàn TMĐT Quảng Ngãi — command line

Usage: pnpm cli <command> [options]

Commands:
  user:create   Create a province staff account, or give the role to an existing verified account
                --email <e-mail>  --role admin|moderator  --full-name "<name>"  --password <password>
                (or --password-stdin to read the password from standard input)
  search:reindex
                Rebuild the product search index in batches, with progress; search stays up
  demo:load     Load the demo data (people, enterprises, products) into the database, as DEMO_DATA=1
                does at start-up; --with-order also places one cash-on-delivery order of the
                demo buyer. Running it again adds nothing
  help          Show this text

The command uses the same environment as the server (DATABASE_URL, DATA_DIR, …). In embedded
mode stop \`npm start\` first: the embedded database serves one process at a time.`;

export class UsageError extends Error {}

export interface CliOutput {
  log(line: string): void;
}

/** `user:create`: parses its options and asks accounts to create or promote the staff account. */
export async function createUserCommand(
  argv: string[],
  accounts: Pick<AccountsApi, 'ensureStaffUser'>,
  out: CliOutput,
  readStdin: () => Promise<string> = async () => '',
): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      'full-name': { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
    strict: true,
  });
  const email = values.email?.trim();
  const role = values.role as StaffRole | undefined;
  const password = values['password-stdin'] ? (await readStdin()).trim() : values.password;
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError('--email: a valid e-mail address is required');
  if (!role || !STAFF_ROLES.includes(role)) throw new UsageError(`--role: one of ${STAFF_ROLES.join(', ')}`);
  if (!password || password.length < 8) throw new UsageError('--password: at least 8 characters');
  const fullName = values['full-name']?.trim() || (role === 'admin' ? 'Quản trị viên' : 'Kiểm duyệt viên');

  const result = await accounts.ensureStaffUser({ email, password, fullName, role });
  if (result.created) out.log(`✓ Created ${role} ${result.user.email} (${result.user.fullName}).`);
  else if (result.granted) out.log(`✓ ${result.user.email} already existed; it now has the role ${role} (password unchanged).`);
  else throw new UsageError(`${result.user.email} exists but has not verified its e-mail; it was not given the role ${role}.`);
}

/** A one-line progress bar for a terminal (and plain lines when the output is not one). */
export function progressBar(done: number, total: number, width = 30): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} (${Math.round(ratio * 100)}%)`;
}
