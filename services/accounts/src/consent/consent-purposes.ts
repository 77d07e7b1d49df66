/**
 * What a person may consent to, each on its own (Nghị định 13/2023/NĐ-CP on personal data: consent
 * per purpose, freely given, withdrawable at any time). No decision means refused.
 */
export const CONSENT_PURPOSES = ['account', 'marketing', 'tracking'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * The version of the wording shown for each purpose. Change the version whenever the text the
 * person reads changes: a decision records the version it was given under.
 */
export const CONSENT_WORDING_VERSIONS: Record<ConsentPurpose, string> = {
  account: '2026-12-06',
  marketing: '2026-12-06',
  tracking: '2026-12-06',
};

export function isConsentPurpose(value: string): value is ConsentPurpose {
  return (CONSENT_PURPOSES as readonly string[]).includes(value);
}
