// An open-loop load: requests start at a steady rate whatever the server is doing, as shoppers
// arrive, over a pool of keep-alive connections. Each latency counts from when the request was
// due, so a slow server (or a pool with no free connection) shows as waiting, never as fewer
// requests. autocannon's own `overallRate` sends each connection's share in a burst at the top of
// every second, which measures bursts, not a rate.
import { Agent, request } from 'node:http';

export interface OpenLoopOptions {
  url: string;
  rate: number;
  seconds: number;
  connections: number;
  next(): { path: string; headers: Record<string, string>; body: string };
}

export interface OpenLoopResult {
  sent: number;
  ok: number;
  non2xx: number;
  errors: number;
  perSecond: number;
  latency: { p50: number; p90: number; p99: number; max: number };
}

export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const { hostname, port } = new URL(options.url);
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  const began = performance.now();

  const send = (dueAt: number) =>
    new Promise<void>((resolve) => {
      const { path, headers, body } = options.next();
      const outgoing = request(
        { agent, hostname, port, path, method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
        (response) => {
          response.resume();
          response.on('end', () => {
            latencies.push(performance.now() - dueAt);
            if (response.statusCode && response.statusCode < 300) ok += 1;
            else non2xx += 1;
            resolve();
          });
        },
      );
      outgoing.on('error', () => {
        errors += 1;
        resolve();
      });
      outgoing.end(body);
    });

  const inFlight: Promise<void>[] = [];
  let started = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor((performance.now() - began) / interval) + 1);
      while (started < due) {
        inFlight.push(send(began + started * interval));
        started += 1;
      }
      if (started >= total) resolve();
      else setTimeout(tick, Math.max(0, Math.min(interval, began + started * interval - performance.now())));
    };
    tick();
  });
  await Promise.all(inFlight);
  const elapsed = (performance.now() - began) / 1000;
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const at = (share: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0);
  return {
    sent: started,
    ok,
    non2xx,
    errors,
    perSecond: ok / elapsed,
    latency: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: Math.round(latencies.at(-1) ?? 0) },
  };
}
