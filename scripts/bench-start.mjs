#!/usr/bin/env node
// pnpm bench:start — how long `npm start` takes to answer /health on an installed clone, and how
// much memory the idle embedded process holds. Runs: a first start on an empty DATA_DIR
// (migrations + demo data), then restarts on the same DATA_DIR.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3917);
const dataDir = mkdtempSync(join(tmpdir(), 'tradeqn-bench-start-'));

function descendants(pid) {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,comm=']).toString().trim().split('\n');
  const rows = out.map((line) => line.trim().split(/\s+/)).map(([p, pp, rss, comm]) => ({ pid: +p, ppid: +pp, rss: +rss, comm }));
  const found = [];
  const walk = (parent) => {
    for (const row of rows.filter((r) => r.ppid === parent)) {
      found.push(row);
      walk(row.pid);
    }
  };
  walk(pid);
  return found;
}

async function startOnce() {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', REDIS_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  let healthyAt;
  while (!healthyAt) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) healthyAt = performance.now();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (performance.now() - started > 120_000) throw new Error('no /health after 120 s');
  }
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const tree = descendants(child.pid);
  const server = tree.filter((row) => row.comm === 'node').sort((a, b) => b.rss - a.rss)[0];
  process.kill(-child.pid, 'SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    seconds: (healthyAt - started) / 1000,
    serverRssMb: server ? server.rss / 1024 : NaN,
    treeRssMb: tree.reduce((s, r) => s + r.rss, 0) / 1024,
  };
}

const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const result = await startOnce();
    results.push(result);
    console.log(
      `${i === 0 ? 'first start (empty DATA_DIR)' : `restart ${i}`.padEnd(28)}  /health after ${result.seconds.toFixed(2)} s   idle server RSS ${result.serverRssMb.toFixed(0)} MB (whole npm/pnpm/tsx tree ${result.treeRssMb.toFixed(0)} MB)`,
    );
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const restarts = results
  .slice(1)
  .map((r) => r.seconds)
  .sort((a, b) => a - b);
if (restarts.length > 0) {
  console.log(
    `\nrestart to /health: median ${restarts[Math.floor(restarts.length / 2)].toFixed(2)} s, worst ${restarts.at(-1).toFixed(2)} s`,
  );
  console.log(`idle server RSS: max ${Math.max(...results.map((r) => r.serverRssMb)).toFixed(0)} MB`);
}
console.log(
  `machine: ${readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown'}, node ${process.version}`,
);
