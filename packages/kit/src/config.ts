import type { Static, TObject, TProperties } from 'typebox';
import { Value } from 'typebox/value';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the environment against a TypeBox schema once, at start-up: defaults applied, strings
 * converted to numbers and booleans, and every wrong value reported by its variable name.
 */
export function parseEnv<T extends TObject<TProperties>>(schema: T, env: NodeJS.ProcessEnv = process.env): Static<T> {
  const known: Record<string, unknown> = {};
  for (const key of Object.keys(schema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') known[key] = value;
  }
  const candidate = Value.Convert(schema, Value.Default(schema, known));
  const problems = [...Value.Errors(schema, candidate)].map((issue) => {
    const variable =
      issue.instancePath.replace(/^\//, '') ||
      String((issue.params as { requiredProperties?: string[] }).requiredProperties ?? '');
    const given = env[variable];
    return `${variable}: ${issue.message}${given !== undefined ? ` (got ${JSON.stringify(given)})` : ''}`;
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return candidate as Static<T>;
}
