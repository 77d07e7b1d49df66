export { EnvSchema, loadSettings, type Settings } from './env.ts';
export { closeInfrastructure, type Infrastructure, openInfrastructure } from './infrastructure.ts';
export { createPlatform, type Platform, type PlatformOptions } from './platform.ts';
export { runServices } from './run.ts';
export type { RuntimeModule } from './runtime-module.ts';
export { lowerWorkerPriority } from './worker-priority.ts';
