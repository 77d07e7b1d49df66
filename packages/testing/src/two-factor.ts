import { TWO_FACTOR_ROLES } from '@tradeqn/kit';
import { generate } from 'otplib';

/** What a test knows of a person's authenticator: the secret it was shown, and what it already spent. */
interface Authenticator {
  secret: string;
  /** The last 30-second step whose code was sent (the server refuses a step it has seen). */
  lastStep: number;
  recoveryCodes: string[];
}

const STEP_SECONDS = 30;

// per app (each test marketplace has its own database, so its own secrets), per e-mail
const authenticators = new WeakMap<object, Map<string, Authenticator>>();

function authenticatorsOf(app: object): Map<string, Authenticator> {
  let known = authenticators.get(app);
  if (!known) {
    known = new Map();
    authenticators.set(app, known);
  }
  return known;
}

/**
 * Remembers a secret set up outside the helpers (a browser journey that read it from the page);
 * `spentStep`: the step of a code already sent with it (the current one by default).
 */
export function rememberAuthenticator(
  app: object,
  email: string,
  secret: string,
  options: { recoveryCodes?: string[]; spentStep?: number } = {},
): void {
  authenticatorsOf(app).set(email.toLowerCase(), {
    secret,
    lastStep: options.spentStep ?? Math.floor(Date.now() / 1000 / STEP_SECONDS),
    recoveryCodes: options.recoveryCodes ?? [],
  });
}

/**
 * The code the person's app would show, never one the server saw already: the current step, or
 * the next (accepted as a clock a little ahead); past that a recovery code (each a real second
 * factor, spent once), and only then a wait for the clock.
 */
export async function nextTwoFactorCode(app: object, email: string): Promise<string> {
  const known = authenticatorsOf(app).get(email.toLowerCase());
  if (!known) throw new Error(`no authenticator is known for ${email}: sign in through the testing helpers first`);
  for (;;) {
    const now = Math.floor(Date.now() / 1000 / STEP_SECONDS);
    const step = Math.max(now, known.lastStep + 1);
    if (step <= now + 1) {
      known.lastStep = step;
      return generate({ secret: known.secret, epoch: step * STEP_SECONDS });
    }
    const recovery = known.recoveryCodes.shift();
    if (recovery) return recovery;
    await new Promise((resolve) => setTimeout(resolve, (now + 1) * STEP_SECONDS * 1000 - Date.now() + 50));
  }
}

export interface SessionAnswer {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; roles: string[] };
}

interface Injector {
  inject(options: {
    method: 'POST' | 'GET';
    url: string;
    headers?: Record<string, string>;
    payload?: string;
  }): PromiseLike<{ statusCode: number; body: string; json(): unknown }>;
}

const post = (app: Injector, url: string, body: unknown, token?: string) =>
  app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: JSON.stringify(body),
  });

/**
 * Signs in through the API as a person would, second step included: a province staff account
 * without two-factor sets it up for real (the secret it is shown, a code computed from it, the
 * recovery codes kept), so its session may use the staff routes; one with two-factor on answers
 * the code step with a code of its authenticator.
 */
export async function signInWithTwoFactor(app: Injector, email: string, password: string): Promise<SessionAnswer> {
  const login = await post(app, '/api/v1/auth/login', { email, password });
  if (login.statusCode === 202) {
    const { challengeToken } = login.json() as { challengeToken: string };
    const code = await nextTwoFactorCode(app, email);
    const second = await post(app, '/api/v1/auth/login/two-factor', { challengeToken, code });
    if (second.statusCode !== 200) throw new Error(`two-factor step of ${email}: ${second.body}`);
    return second.json() as SessionAnswer;
  }
  if (login.statusCode !== 200) throw new Error(`login ${email}: ${login.body}`);
  const session = login.json() as SessionAnswer;
  if (!session.user.roles.some((role) => TWO_FACTOR_ROLES.includes(role))) return session;
  return enrolTwoFactor(app, session);
}

/** Sets up two-factor for a signed-in person with the secret the API shows, and answers the new session. */
export async function enrolTwoFactor(app: Injector, session: SessionAnswer): Promise<SessionAnswer> {
  const setup = await post(app, '/api/v1/me/two-factor/setup', {}, session.accessToken);
  if (setup.statusCode !== 200) throw new Error(`two-factor set-up of ${session.user.email}: ${setup.body}`);
  const { secret } = setup.json() as { secret: string };
  // nothing was sent with this secret yet
  rememberAuthenticator(app, session.user.email, secret, { spentStep: Math.floor(Date.now() / 1000 / STEP_SECONDS) - 1 });
  const known = authenticatorsOf(app).get(session.user.email.toLowerCase());
  const code = await nextTwoFactorCode(app, session.user.email);
  const confirmed = await post(app, '/api/v1/me/two-factor/confirm', { code }, session.accessToken);
  if (confirmed.statusCode !== 200) throw new Error(`two-factor confirmation of ${session.user.email}: ${confirmed.body}`);
  const answer = confirmed.json() as { recoveryCodes: string[]; session: SessionAnswer };
  if (known) known.recoveryCodes = answer.recoveryCodes;
  return answer.session;
}
