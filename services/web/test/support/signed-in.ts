import type { FastifyInstance } from 'fastify';
import { PageSession } from './page-session.ts';

/**
 * A browser session already signed in as this person, through the API's login (for tests of
 * pages other than sign-in itself): the cookies hold the tokens as the sign-in page sets them.
 */
export async function signedInSession(app: FastifyInstance, person: { email: string; password: string }): Promise<PageSession> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: person.email, password: person.password },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  const tokens = login.json() as { accessToken: string; refreshToken: string };
  const session = new PageSession(app);
  session.setCookie('tq_at', tokens.accessToken);
  session.setCookie('tq_rt', tokens.refreshToken);
  return session;
}
