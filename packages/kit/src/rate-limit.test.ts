import { connect, createServer, type Server, type Socket } from 'node:net';
import type { InjectOptions } from 'fastify';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from './app.ts';
import { limitBy } from './rate-limit.ts';

const redisUrl = process.env.TEST_REDIS_URL || process.env.REDIS_URL || undefined;
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A TCP server on a free local port; `sockets` are the connections it accepted. */
async function listen(onConnection: (socket: Socket) => void = () => {}) {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const close = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { port, sockets, close };
}

/** A `data` listener that hands each whole RESP command (an array of bulk strings) to `onCommand`. */
function commandsOf(onCommand: (words: string[]) => void) {
  let buffer = '';
  return (chunk: Buffer) => {
    buffer += chunk.toString('latin1');
    for (;;) {
      const count = /^\*(\d+)\r\n/.exec(buffer);
      if (!count) return;
      let at = count[0].length;
      const words: string[] = [];
      for (let i = 0; i < Number(count[1]); i++) {
        const head = /^\$(\d+)\r\n/.exec(buffer.slice(at));
        if (!head) return;
        const start = at + head[0].length;
        const end = start + Number(head[1]);
        if (buffer.length < end + 2) return;
        words.push(buffer.slice(start, end));
        at = end + 2;
      }
      buffer = buffer.slice(at);
      onCommand(words);
    }
  };
}

/** A Redis client as the platform makes one (its queue of commands while offline left on, the worst case). */
function redisClient(url: string) {
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  redis.on('error', () => {});
  cleanups.push(() => redis.disconnect());
  return redis;
}

async function appOn(
  redis: Redis,
  namespace = `tradeqn-test:rl-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}:`,
) {
  const app = await createApp({ redis, rateLimitNamespace: namespace, rateLimitPerMinute: 5 });
  const perAccount = limitBy(app, {
    max: 3,
    timeWindow: '1 minute',
    key: (request) => `account:${request.headers['x-account']}`,
  });
  (app as App).get('/limited', async () => ({ ok: true }));
  (app as App).post('/sign-in', { config: { rateLimit: false }, preHandler: perAccount }, async () => ({ ok: true }));
  await app.ready();
  cleanups.push(() => app.close());
  return app;
}

async function statuses(app: App, count: number, request: InjectOptions) {
  const answers: number[] = [];
  for (let i = 0; i < count; i++) answers.push((await app.inject(request)).statusCode);
  return answers;
}

const global: InjectOptions = { method: 'GET', url: '/limited', remoteAddress: '10.9.9.1' };
const signIn: InjectOptions = {
  method: 'POST',
  url: '/sign-in',
  remoteAddress: '10.9.9.2',
  headers: { 'x-account': 'an@example.vn' },
};

describe('rate limits without Redis', () => {
  it('keep limiting in-process when nothing listens at Redis’s address, without waiting for it', async () => {
    const nothing = await listen();
    await nothing.close();
    const app = await appOn(redisClient(`redis://127.0.0.1:${nothing.port}`));
    const started = Date.now();
    expect(await statuses(app, 7, global)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(await statuses(app, 5, signIn)).toEqual([200, 200, 200, 429, 429]);
    const limited = await app.inject(signIn);
    expect(limited.json()).toMatchObject({ code: 'HTTP_RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('keep limiting when Redis accepts the connection and never answers', async () => {
    const silent = await listen();
    cleanups.push(silent.close);
    const app = await appOn(redisClient(`redis://127.0.0.1:${silent.port}`));
    const started = Date.now();
    expect(await statuses(app, 7, global)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(await statuses(app, 5, signIn)).toEqual([200, 200, 200, 429, 429]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
  it('keep limiting when Redis is connected and stops answering, making one request wait, not each', async () => {
    // a Redis that lets the client connect (HELLO refused as by Redis 5, CLIENT and INFO
    // answered), then answers no command
    const hung = await listen((socket) => {
      socket.on(
        'data',
        commandsOf((words) => {
          const name = words[0]?.toLowerCase();
          if (name === 'hello') socket.write("-ERR unknown command 'hello'\r\n");
          else if (name === 'client') socket.write('+OK\r\n');
          else if (name === 'info') socket.write('$0\r\n\r\n');
        }),
      );
    });
    cleanups.push(hung.close);
    const redis = redisClient(`redis://127.0.0.1:${hung.port}`);
    await new Promise<void>((resolve) => (redis.status === 'ready' ? resolve() : redis.once('ready', resolve)));
    const app = await appOn(redis);
    const started = Date.now();
    expect(await statuses(app, 7, global)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(await statuses(app, 5, signIn)).toEqual([200, 200, 200, 429, 429]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe.skipIf(!redisUrl)('rate limits on Redis that goes away and comes back', () => {
  it('count in Redis, in-process while it is unreachable, and in Redis again once it is back', async () => {
    const target = new URL(String(redisUrl));
    const direct = redisClient(String(redisUrl));
    // a proxy in front of the real Redis, to cut and restore the connection the app uses
    let isUp = true;
    const proxy = await listen((socket) => {
      if (!isUp) return void socket.destroy();
      const redisSocket = connect(Number(target.port || 6379), target.hostname, () => {
        socket.pipe(redisSocket).pipe(socket);
      });
      redisSocket.on('error', () => socket.destroy());
      socket.on('close', () => redisSocket.destroy());
    });
    cleanups.push(proxy.close);
    const namespace = `tradeqn-test:rl-${Date.now().toString(36)}:`;
    cleanups.push(async () => {
      const keys = await direct.keys(`${namespace}*`);
      if (keys.length > 0) await direct.del(...keys);
    });
    const viaProxy = redisClient(`redis://127.0.0.1:${proxy.port}${target.pathname}`);
    await new Promise<void>((resolve) => (viaProxy.status === 'ready' ? resolve() : viaProxy.once('ready', resolve)));
    const app = await appOn(viaProxy, namespace);
    const counted = async () => Number(await direct.get((await direct.keys(`${namespace}*10.9.9.1`))[0] ?? 'none'));

    expect(await statuses(app, 2, global)).toEqual([200, 200]);
    expect(await counted()).toBe(2);

    isUp = false;
    for (const socket of proxy.sockets) socket.destroy();
    await new Promise<void>((resolve) => viaProxy.once('close', resolve));
    const started = Date.now();
    expect(await statuses(app, 7, global)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(await statuses(app, 5, signIn)).toEqual([200, 200, 200, 429, 429]);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await counted()).toBe(2);

    isUp = true;
    await new Promise<void>((resolve) => viaProxy.once('ready', resolve));
    expect(await statuses(app, 3, global)).toEqual([200, 200, 200]);
    expect(await counted()).toBe(5);
    expect(await statuses(app, 1, global)).toEqual([429]);
  });
});
