import { describe, expect, it } from 'vitest';
import { defineErrors, pickLocale, problemSlug, problemType, toProblem } from './problem.ts';

describe('problem details', () => {
  it('derives a stable type URI from the error code, without the service prefix', () => {
    expect(problemSlug('ACCOUNTS_EMAIL_NOT_VERIFIED')).toBe('email-not-verified');
    expect(problemSlug('ORDERING_OUT_OF_STOCK')).toBe('out-of-stock');
    expect(problemType('AUTH_EMAIL_NOT_VERIFIED')).toBe('https://tradequangngai.com.vn/problems/email-not-verified');
  });

  it('speaks Vietnamese unless English comes first in Accept-Language', () => {
    expect(pickLocale(undefined)).toBe('vi');
    expect(pickLocale('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(pickLocale('en-GB,en;q=0.9')).toBe('en');
    expect(pickLocale('fr')).toBe('vi');
  });

  it('builds the body from the catalog with the detail and field errors', () => {
    const errors = defineErrors({ CATALOG_SLUG_TAKEN: { status: 409, vi: 'Đường dẫn đã có', en: 'Slug taken' } });
    const error = errors.CATALOG_SLUG_TAKEN({ vi: 'toi-ly-son đã có', en: 'toi-ly-son exists' }, [
      { path: '/body/slug', message: 'taken' },
    ]);
    expect(error.status).toBe(409);
    expect(toProblem(error, 'vi')).toEqual({
      type: 'https://tradequangngai.com.vn/problems/slug-taken',
      title: 'Đường dẫn đã có',
      status: 409,
      code: 'CATALOG_SLUG_TAKEN',
      detail: 'toi-ly-son đã có',
      errors: [{ path: '/body/slug', message: 'taken' }],
    });
    expect(toProblem(errors.CATALOG_SLUG_TAKEN(), 'en')).toMatchObject({ title: 'Slug taken', detail: 'Slug taken' });
  });
});
