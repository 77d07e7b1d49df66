#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a fresh clone with only Node.js 20:
// finds or installs the pinned pnpm, installs the locked packages when they are missing or
// stale, then runs `pnpm <args>` and passes its exit code on.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wanted = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const localPnpm = join(root, '.tools', 'node_modules', '.bin', 'pnpm');

function say(message) {
  process.stderr.write(`\x1b[36m[tradeqn]\x1b[0m ${message}\n`);
}

function versionOf(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

function findPnpm() {
  if (versionOf('pnpm') === wanted) return 'pnpm';
  if (existsSync(localPnpm) && versionOf(localPnpm) === wanted) return localPnpm;
  say(`installing pnpm ${wanted} into .tools/ (once)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(
    npm,
    ['install', '--prefix', join(root, '.tools'), '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${wanted}`],
    { stdio: 'inherit' },
  );
  if (install.status !== 0 || versionOf(localPnpm) !== wanted) {
    say(`could not install pnpm ${wanted}; install it yourself with: npm i -g pnpm@${wanted}`);
    process.exit(1);
  }
  return localPnpm;
}

// node_modules remembers the lockfile it was installed from; a changed lockfile reinstalls
const stamp = join(root, 'node_modules', '.tradeqn-lock-hash');
const lockHash = () =>
  createHash('sha256')
    .update(readFileSync(join(root, 'pnpm-lock.yaml')))
    .digest('hex');

function packagesAreStale() {
  return (
    !existsSync(join(root, 'node_modules', '.modules.yaml')) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash()
  );
}

const pnpm = findPnpm();
if (packagesAreStale()) {
  say('installing packages (pnpm install --frozen-lockfile)…');
  const install = spawnSync(pnpm, ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (install.status !== 0) process.exit(install.status ?? 1);
  writeFileSync(stamp, lockHash());
}

const args = process.argv.slice(2);
if (args.length === 0) process.exit(0);
const child = spawn(pnpm, args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
