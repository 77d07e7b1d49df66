import type { Static, TObject, TProperties } from 'typebox';

/** What a part's checks may depend on besides its own variables. */
export interface SettingsContext {
  /** DATABASE_URL is set: production refuses what a developer's embedded platform may keep. */
  isProduction: boolean;
}

/**
 * What one part of the platform (its core, or one service) reads from the environment: its
 * variables with their defaults, the rules between them, and the typed settings it makes of them.
 */
export interface SettingsPart<Env extends TProperties = TProperties, Settings = unknown> {
  env: TObject<Env>;
  /** Rules across its variables (two that go together, …); each problem starts with the variables it names. */
  problems?(env: Static<TObject<Env>>, context: SettingsContext): string[];
  /** Called only when no part of the platform has a problem. */
  settings(env: Static<TObject<Env>>): Settings;
}

/** Declares a part, with its variables' types flowing into its checks and its settings. */
export function settingsPart<Env extends TProperties, Settings>(part: SettingsPart<Env, Settings>): SettingsPart<Env, Settings> {
  return part;
}

/** What a part makes of the environment. */
export type SettingsOf<Part> = Part extends { settings(env: never): infer Settings } ? Settings : never;
