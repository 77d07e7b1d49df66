import { signInWithTwoFactor } from '@tradeqn/testing';
import type { FastifyInstance } from 'fastify';
import { PageSession } from './page-session.ts';

/**
 * A browser session already signed in as this person, through the API's login (for tests of
 * pages other than sign-in itself): the cookies hold the tokens as the sign-in page sets them.
 */
export async function signedInSession(app: FastifyInstance, person: { email: string; password: string }): Promise<PageSession> {
  // staff pass the second step (and set two-factor up the first time), as the console requires
  const tokens = await signInWithTwoFactor(app, person.email, person.password);
  const session = new PageSession(app);
  session.setCookie('tq_at', tokens.accessToken);
  session.setCookie('tq_rt', tokens.refreshToken);
  return session;
}
