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
  const byVariable = new Map<string, string>();
  for (const issue of Value.Errors(schema, candidate)) {
    const variable = issue.instancePath.replace(/^\//, '').split('/')[0] ?? '';
    if (byVariable.has(variable)) continue;
    const given = env[variable];
    const shown = given === undefined || isSecret(variable) ? '' : ` (got ${JSON.stringify(given)})`;
    byVariable.set(variable, `${variable}: ${describeExpected(schema.properties[variable], issue.message)}${shown}`);
  }
  const problems = [...byVariable.values()];
  if (problems.length > 0) throw new ConfigError(problems);
  return candidate as Static<T>;
}

// secrets and URLs (which may carry a password) are never echoed into logs
function isSecret(variable: string): boolean {
  return /SECRET|PASSWORD|KEY|TOKEN|URL/.test(variable);
}

function describeExpected(property: unknown, fallback: string): string {
  const options = (property as { anyOf?: { const?: unknown }[] } | undefined)?.anyOf;
  if (options?.every((option) => option.const !== undefined)) {
    return `must be one of ${options.map((option) => String(option.const)).join(', ')}`;
  }
  return fallback;
}
