import { describe, expect, it } from 'vitest';
import { missingLicence } from './licence-rules.ts';

describe('licences by category', () => {
  it('asks every licence field in a licensed category, and nothing elsewhere', () => {
    expect(missingLicence('toi-hanh-gia-vi', {})).toEqual([]);
    expect(missingLicence(undefined, {})).toEqual([]);
    expect(missingLicence('ruou-do-uong-khac', { licenceNumber: '12/GP-SCT', licenceIssuer: ' ' }).map((p) => p.path)).toEqual([
      '/body/licenceIssuer',
      '/body/licenceIssuedOn',
    ]);
    expect(
      missingLicence('sam-duoc-lieu-quy', { licenceNumber: '7/ĐKKDD', licenceIssuer: 'Sở Y tế', licenceIssuedOn: '2025-01-02' }),
    ).toEqual([]);
  });
});
