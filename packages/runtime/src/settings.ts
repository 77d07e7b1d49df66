import { ConfigError, parseEnv } from '@tradeqn/kit';
import { type CoreSettings, coreSettings } from './core-settings.ts';
import type { SettingsContext, SettingsOf, SettingsPart } from './settings-part.ts';

/** The core's settings and each service's slice, by the name the service was given under. */
export type Settings<Services = Record<never, never>> = { core: CoreSettings } & {
  [Name in keyof Services]: SettingsOf<Services[Name]>;
};

/**
 * Reads and checks the environment once, for the core and every service given. Throws one
 * ConfigError naming every wrong variable of every part at once; else answers each part's settings.
 */
export function loadSettings<Services extends Record<string, SettingsPart> = Record<never, never>>(
  environment: NodeJS.ProcessEnv = process.env,
  services: Services = {} as Services,
): Settings<Services> {
  const parts: [string, SettingsPart][] = [['core', coreSettings as SettingsPart], ...Object.entries(services)];
  assertEachVariableHasOneOwner(parts);
  const context: SettingsContext = { isProduction: Boolean(environment.DATABASE_URL) };
  const problems: string[] = [];
  const envs = new Map<string, Record<string, unknown>>();
  for (const [name, part] of parts) {
    try {
      envs.set(name, parseEnv(part.env, environment));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (context.isProduction) problems.push(...exampleValueProblems(environment, parts));
  // rules between variables are checked only where each of them has a valid value
  for (const [name, part] of parts) {
    const env = envs.get(name);
    if (env && part.problems) problems.push(...part.problems(env, context));
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.fromEntries(parts.map(([name, part]) => [name, part.settings(envs.get(name) ?? {})])) as Settings<Services>;
}

/** `.env.example` marks every value a deployment must choose itself with this. */
const EXAMPLE_VALUE_MARK = 'CHANGE-ME';

/** Whether a value is still the one `.env.example` gives (reported once, by the platform). */
export function isExampleValue(value: string): boolean {
  return value.includes(EXAMPLE_VALUE_MARK);
}

/**
 * Production must not start on the secrets everyone can read in `.env.example`. The messages
 * name the variable, never its value.
 */
function exampleValueProblems(environment: NodeJS.ProcessEnv, parts: [string, SettingsPart][]): string[] {
  const variables = parts.flatMap(([, part]) => Object.keys(part.env.properties));
  return variables
    .filter((name) => isExampleValue(environment[name] ?? ''))
    .map(
      (name) =>
        `${name}: vẫn là giá trị mẫu trong .env.example (${EXAMPLE_VALUE_MARK}…), hãy đặt giá trị riêng / still the example value from .env.example; set one of your own`,
    );
}

function assertEachVariableHasOneOwner(parts: [string, SettingsPart][]): void {
  const owners = new Map<string, string>();
  for (const [name, part] of parts) {
    for (const variable of Object.keys(part.env.properties)) {
      const owner = owners.get(variable);
      if (owner) throw new Error(`${variable} is declared by both ${owner} and ${name}`);
      owners.set(variable, name);
    }
  }
}
