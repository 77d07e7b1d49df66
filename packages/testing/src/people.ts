import { eventually } from './eventually.ts';
import { linkToken, waitForMailTo } from './mailbox.ts';
import type { TestMarketplace } from './test-marketplace.ts';
import { signInWithTwoFactor } from './two-factor.ts';

/** The first province admin every test marketplace starts with (ADMIN_EMAIL, ADMIN_PASSWORD). */
export const ADMIN = { email: 'admin@soct.quangngai.gov.vn', password: 'Admin@12345' };

/** Someone signed in: their access token, id and e-mail. */
export interface Person {
  token: string;
  userId: string;
  email: string;
}

const PASSWORD = 'mat-khau-123';

/** inject options for a request as `person` (anonymous when null), with a JSON body when given. */
export function as(person: { token: string } | null, body?: unknown) {
  return {
    headers: {
      ...(person ? { authorization: `Bearer ${person.token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  };
}

/**
 * Signs in through the API, with the second step when the account has two-factor on; province
 * staff without it set it up first (see signInWithTwoFactor), as the staff routes require.
 */
export async function signIn(t: Pick<TestMarketplace, 'app'>, email: string, password: string): Promise<Person> {
  const session = await signInWithTwoFactor(t.app, email, password);
  return { token: session.accessToken, userId: session.user.id, email: session.user.email };
}

/** A person who registered and confirmed their e-mail through the mailed link, signed in. */
export async function signUp(
  t: Pick<TestMarketplace, 'app' | 'smtp'>,
  email: string,
  options: { verify?: boolean } = {},
): Promise<Person> {
  const registered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    ...as(null, { email, password: PASSWORD, fullName: `Người dùng ${email.split('@')[0]}` }),
  });
  if (registered.statusCode !== 201) throw new Error(`register ${email}: ${registered.body}`);
  if (options.verify !== false) {
    const [mail] = await waitForMailTo(t, email, 'Xác nhận');
    const token = linkToken(mail?.text, '/verify-email');
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', ...as(null, { token }) });
  }
  return signIn(t, email, PASSWORD);
}

/** Many verified buyers at once: all register, then each confirms the link mailed to them and signs in. */
export async function signUpMany(t: Pick<TestMarketplace, 'app' | 'smtp'>, emails: string[]): Promise<Person[]> {
  await Promise.all(
    emails.map((email, index) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        // each buyer from their own address: registration is rate-limited per IP
        remoteAddress: `10.1.${Math.floor(index / 250)}.${(index % 250) + 1}`,
        ...as(null, { email, password: PASSWORD, fullName: 'Khách Mua' }),
      }),
    ),
  );
  const tokens = await eventually(async () => {
    const found = emails.map((email) => {
      const mail = t.smtp.messages.find((message) => JSON.stringify(message.to).includes(email));
      return String(mail?.text ?? '').match(/verify-email\?token=([\w.-]+)/)?.[1];
    });
    return found.every(Boolean) ? (found as string[]) : undefined;
  }, 30_000);
  await Promise.all(
    tokens.map((token) => t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', ...as(null, { token }) })),
  );
  return Promise.all(emails.map((email) => signIn(t, email, PASSWORD)));
}
