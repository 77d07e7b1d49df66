import type { FastifyInstance } from 'fastify';
import FindMyWay, { type HTTPMethod } from 'find-my-way';

/**
 * Fastify answers an unknown method on a known path with 404. To answer 405 with `Allow`,
 * every registered route is mirrored into a router of our own that we can ask by path.
 */
export function trackRouteMethods(app: FastifyInstance): (method: string, url: string) => string[] {
  const router = FindMyWay({ ignoreTrailingSlash: true });
  const methods = new Set<string>();
  app.addHook('onRoute', (route) => {
    // a catch-all (the site's 404 page) claims every path, so it says nothing about which methods a path has
    if (route.url.endsWith('/*')) return;
    const list = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of list as HTTPMethod[]) {
      methods.add(method);
      try {
        router.on(method, route.url, () => {});
      } catch {
        // the same method and path twice (e.g. an explicit HEAD): the first one is enough here
      }
    }
  });
  return (method, url) => {
    const path = url.split('?')[0] ?? url;
    return [...methods].filter((candidate) => candidate !== method && router.find(candidate as HTTPMethod, path) !== null);
  };
}
