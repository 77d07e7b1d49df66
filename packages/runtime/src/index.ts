export { type CoreSettings, coreSettings } from './core-settings.ts';
export { closeInfrastructure, type Infrastructure, openInfrastructure } from './infrastructure.ts';
export { createPlatform, type Platform, type PlatformOptions } from './platform.ts';
export { runServices } from './run.ts';
export { migrationsOf, type RuntimeModule } from './runtime-module.ts';
export { isExampleValue, loadSettings, type Settings } from './settings.ts';
export { type SettingsContext, type SettingsOf, type SettingsPart, settingsPart } from './settings-part.ts';
export { lowerWorkerPriority } from './worker-priority.ts';
