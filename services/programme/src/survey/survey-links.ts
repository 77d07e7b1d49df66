import { createSignedLinks } from '@tradeqn/kit';

/** Long enough for any round; the round's own closing date is what ends answering. */
const LINK_DAYS = 400;

/** The signed link an enterprise not on the exchange answers a survey through (no account, no table of tokens). */
export function createSurveyLinks(secret: string, publicUrl: string) {
  const links = createSignedLinks<{ i: string }>(secret, 'programme-survey-answer', LINK_DAYS * 86_400);
  return {
    /** The invitation the token was made for, or null when it is forged, altered or expired. */
    invitationOf: (token: string) => links.verify(token)?.i ?? null,
    answerUrl: (invitationId: string) =>
      `${publicUrl}/khao-sat/tra-loi?token=${encodeURIComponent(links.sign({ i: invitationId }))}`,
    workspaceUrl: (enterpriseId: string, roundId: string) => `${publicUrl}/kenh-nguoi-ban/${enterpriseId}/khao-sat/${roundId}`,
  };
}

export type SurveyLinks = ReturnType<typeof createSurveyLinks>;
