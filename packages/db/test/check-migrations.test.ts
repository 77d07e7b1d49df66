import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/check-migrations.mjs', import.meta.url));

// a repository of its own, untouched by the user's git configuration (hooks, signing)
const gitEnv = {
  PATH: process.env.PATH ?? '',
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.vn',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.vn',
};

const repos: string[] = [];
afterEach(() => {
  for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function throwawayRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'tradeqn-migcheck-'));
  repos.push(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const journal = (...tags: [string, number][]) =>
    JSON.stringify(
      {
        version: '7',
        dialect: 'postgresql',
        entries: tags.map(([tag, when], idx) => ({ idx, version: '7', when, tag, breakpoints: true })),
      },
      null,
      2,
    );
  return {
    dir,
    git,
    write,
    journal,
    commit(message: string) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    check(env: Record<string, string> = {}) {
      const run = spawnSync(process.execPath, [script], { cwd: dir, env: { ...gitEnv, ...env }, encoding: 'utf8' });
      return { status: run.status, out: run.stdout + run.stderr };
    },
  };
}

/** A repository whose first commit landed one migration of `shop`. */
function repoWithLandedMigration() {
  const repo = throwawayRepo();
  repo.write('migrations/shop/0000_init.sql', 'CREATE TABLE "shop".items (id uuid PRIMARY KEY);\n');
  repo.write('migrations/shop/meta/0000_snapshot.json', JSON.stringify({ id: 'a', tables: {} }, null, 2));
  repo.write('migrations/shop/meta/_journal.json', repo.journal(['0000_init', 1000]));
  repo.write('README.md', 'shop\n');
  repo.commit('shop: init');
  return repo;
}

describe('check-migrations', () => {
  it('fails, naming the file, when a landed migration is edited in the next commit', () => {
    const repo = repoWithLandedMigration();
    repo.write('migrations/shop/0000_init.sql', 'CREATE TABLE "shop".items (id uuid PRIMARY KEY, name text);\n');
    repo.write('migrations/shop/meta/0000_snapshot.json', JSON.stringify({ id: 'a', tables: { items: {} } }));
    repo.commit('shop: edit the landed migration');
    const { status, out } = repo.check();
    expect(status).toBe(1);
    expect(out).toContain('migrations/shop/0000_init.sql: changed');
    expect(out).toContain('migrations/shop/meta/0000_snapshot.json: changed');
    expect(out).toContain('HEAD~1');
  });

  it('passes when a migration is only added (its journal entry appended after the landed ones)', () => {
    const repo = repoWithLandedMigration();
    repo.write('migrations/shop/0001_names.sql', 'ALTER TABLE "shop".items ADD COLUMN name text;\n');
    repo.write('migrations/shop/meta/0001_snapshot.json', '{"id":"b"}');
    repo.write('migrations/shop/meta/_journal.json', repo.journal(['0000_init', 1000], ['0001_names', 2000]));
    // a snapshot written again with other whitespace is the same snapshot
    repo.write('migrations/shop/meta/0000_snapshot.json', JSON.stringify({ id: 'a', tables: {} }));
    repo.write('README.md', 'shop, with names\n');
    repo.commit('shop: item names');
    const { status, out } = repo.check();
    expect(out).toContain('3 landed migration files unchanged');
    expect(out).toContain('new: migrations/shop/0001_names.sql');
    expect(status).toBe(0);
  });

  it('fails on a deleted or a renamed file, and on a landed journal entry that changed', () => {
    const repo = repoWithLandedMigration();
    renameSync(join(repo.dir, 'migrations/shop/0000_init.sql'), join(repo.dir, 'migrations/shop/0000_items.sql'));
    rmSync(join(repo.dir, 'migrations/shop/meta/0000_snapshot.json'));
    repo.write('migrations/shop/meta/_journal.json', repo.journal(['0000_items', 1000]));
    repo.commit('shop: tidy up');
    const { status, out } = repo.check();
    expect(status).toBe(1);
    expect(out).toContain('migrations/shop/0000_init.sql: renamed to migrations/shop/0000_items.sql');
    expect(out).toContain('migrations/shop/meta/0000_snapshot.json: deleted');
    expect(out).toContain('migrations/shop/meta/_journal.json: the landed entry 0000_init was changed');
  });

  it('fails on a new journal entry that drizzle would skip (not later than the last landed one)', () => {
    const repo = repoWithLandedMigration();
    repo.write('migrations/shop/0001_names.sql', 'ALTER TABLE "shop".items ADD COLUMN name text;\n');
    repo.write('migrations/shop/meta/_journal.json', repo.journal(['0000_init', 1000], ['0001_names', 900]));
    repo.commit('shop: names, written on a clock that runs late');
    const { status, out } = repo.check();
    expect(status).toBe(1);
    expect(out).toContain('the new entry 0001_names has "when" 900, not after the last landed one (1000)');
  });

  it('compares with where the work left origin/main, so an edit two commits back is still seen', () => {
    const repo = repoWithLandedMigration();
    repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    repo.write('migrations/shop/0000_init.sql', '-- edited\n');
    repo.commit('shop: edit');
    repo.write('migrations/shop/0001_more.sql', 'SELECT 1;\n');
    repo.commit('shop: add');
    const { status, out } = repo.check();
    expect(status).toBe(1);
    expect(out).toContain('where HEAD left origin/main');
    expect(out).toContain('migrations/shop/0000_init.sql: changed');
  });

  it('takes MIGRATIONS_BASE when given, and says there is nothing to compare on a first commit', () => {
    const repo = repoWithLandedMigration();
    const first = repo.check();
    expect(first.status).toBe(0);
    expect(first.out).toContain('nothing to compare: HEAD is the first commit');

    const landed = repo.git('rev-parse', 'HEAD');
    repo.write('migrations/shop/0000_init.sql', '-- edited\n');
    repo.commit('shop: edit');
    repo.write('README.md', 'later\n');
    repo.commit('readme');
    expect(repo.check().status).toBe(0);
    const { status, out } = repo.check({ MIGRATIONS_BASE: landed });
    expect(status).toBe(1);
    expect(out).toContain(`MIGRATIONS_BASE=${landed}`);
    expect(repo.check({ MIGRATIONS_BASE: 'no-such-commit' }).status).toBe(2);
  });
});
