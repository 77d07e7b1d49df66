import { type App, type AppOptions, createApp } from './app.ts';
import { authPlugin } from './auth.ts';
import { type ReadinessCheck, registerHealth } from './health.ts';
import type { ServiceModule } from './module.ts';

export interface ServerOptions extends AppOptions {
  modules: readonly Pick<ServiceModule, 'name' | 'routes' | 'pages'>[];
  jwtSecret: string;
  readiness: ReadinessCheck[];
  /** Whether to mount the modules' routes (the worker role serves health only). */
  serveRoutes?: boolean;
}

/** One Fastify app with the given services: `/api/v1/...` routes, their pages, health and docs. */
export async function buildServer(options: ServerOptions): Promise<App> {
  const app = await createApp(options);
  await app.register(authPlugin, { secret: options.jwtSecret });
  registerHealth(app, options.readiness);
  if (options.serveRoutes !== false) {
    for (const module of options.modules) {
      await app.register(module.routes, { prefix: '/api/v1' });
      if (module.pages) await app.register(module.pages);
    }
  }
  return app;
}
