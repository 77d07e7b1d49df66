/**
 * What every password must meet: a person's at registration, and the first admin's from the
 * environment at start-up. One rule in one place, so that the two cannot drift apart.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Why `password` is too weak for the account `email`, or null when it meets the rule. */
export function passwordWeakness(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must have at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must have at most ${PASSWORD_MAX_LENGTH} characters`;
  if (password.normalize('NFC').trim().toLowerCase() === email.normalize('NFC').trim().toLowerCase())
    return 'must differ from the e-mail';
  return null;
}
