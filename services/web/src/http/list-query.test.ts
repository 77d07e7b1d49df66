import { describe, expect, it } from 'vitest';
import { readListQuery, withQuery } from './list-query.ts';

const spec = {
  filters: ['status', 'q'] as const,
  sorts: ['createdAt', 'name'] as const,
  defaultSort: { key: 'createdAt' as const, dir: 'desc' as const },
};

describe('list query', () => {
  it('keeps only the named filters, trimmed, and a known sort', () => {
    const query = readListQuery({ status: ' pending ', q: '', evil: 'x', sort: 'name', dir: 'asc', cursor: 'abc' }, spec);
    expect(query.filters).toEqual({ status: 'pending', q: undefined });
    expect(query.sort).toEqual({ key: 'name', dir: 'asc' });
    expect(query.cursor).toBe('abc');
    expect(query.params).toEqual({ status: 'pending', q: undefined, sort: 'name', dir: 'asc' });
  });

  it('falls back to the default sort for an unknown column or direction, and leaves it out of links', () => {
    const query = readListQuery({ sort: 'password', dir: 'sideways', status: ['approved', 'pending'] }, spec);
    expect(query.sort).toEqual({ key: 'createdAt', dir: 'desc' });
    expect(query.filters.status).toBe('approved');
    expect(query.params).toEqual({ status: 'approved', q: undefined });
  });

  it('bounds what it reads', () => {
    const query = readListQuery({ q: 'x'.repeat(1000), cursor: 'c'.repeat(2000) }, spec);
    expect(query.filters.q).toHaveLength(200);
    expect(query.cursor?.length).toBeLessThanOrEqual(512);
  });

  it('writes a query without empty values', () => {
    expect(withQuery('/quan-tri/doanh-nghiep', { status: 'pending', q: undefined, type: '' })).toBe(
      '/quan-tri/doanh-nghiep?status=pending',
    );
    expect(withQuery('/a', {})).toBe('/a');
    expect(withQuery('/a', { q: 'tỏi lý sơn' })).toBe('/a?q=t%E1%BB%8Fi+l%C3%BD+s%C6%A1n');
  });
});
