import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './config.ts';

const Schema = Type.Object({
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3000 }),
  DEMO_DATA: Type.Optional(Type.Boolean()),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
});

describe('parseEnv', () => {
  it('applies defaults and converts strings', () => {
    expect(parseEnv(Schema, {})).toEqual({ PORT: 3000 });
    expect(parseEnv(Schema, { PORT: '8080', DEMO_DATA: '1', UNRELATED: 'x' })).toEqual({ PORT: 8080, DEMO_DATA: true });
    expect(parseEnv(Schema, { PORT: '' })).toEqual({ PORT: 3000 });
  });

  it('names every wrong variable and what it got', () => {
    try {
      parseEnv(Schema, { PORT: 'abc', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^PORT: .* \(got "abc"\)$/);
      expect(problems[1]).toMatch(/^DATABASE_URL: must match pattern/);
      expect(problems[1]).not.toContain('mysql://x');
      expect((error as Error).message).toContain('Invalid configuration');
    }
  });

  it('lists the allowed values of an enumeration once', () => {
    const Roles = Type.Object({ ROLE: Type.Union([Type.Literal('all'), Type.Literal('api')], { default: 'all' }) });
    expect(() => parseEnv(Roles, { ROLE: 'boss' })).toThrow('ROLE: must be one of all, api (got "boss")');
  });

  it('refuses an out-of-range port', () => {
    expect(() => parseEnv(Schema, { PORT: '70000' })).toThrow(/PORT/);
  });
});
