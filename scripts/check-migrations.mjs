#!/usr/bin/env node
// A landed migration is never edited: a database that already ran it would never see the edit,
// so production and a fresh database would part ways. This compares every file under
// migrations/ as it was on the base commit with the working tree and fails, naming the file,
// when one was changed, renamed or deleted. New migrations may be added, and drizzle's
// meta/_journal.json may gain entries at its end (later than the last landed one, or drizzle's
// migrator would skip them on a database that is already up to date).
//
// The base: MIGRATIONS_BASE when set; else where HEAD left origin/main (git merge-base) when
// that is not HEAD itself; else HEAD~1, the commit before the one being checked (CI checks a
// clean clone of main). Run from the repository root: `pnpm check:migrations`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const FOLDER = 'migrations';

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }).trim();
}

function tryGit(...args) {
  try {
    return git(...args);
  } catch {
    return undefined;
  }
}

const commitOf = (rev) => tryGit('rev-parse', '--verify', '--quiet', `${rev}^{commit}`);

/** The commit to compare with, and in words why that one; no commit when there is nothing to compare. */
function chooseBase() {
  const override = process.env.MIGRATIONS_BASE;
  if (override) {
    const commit = commitOf(override);
    if (!commit) fail(2, `MIGRATIONS_BASE=${override} is not a commit in this repository.`);
    return { commit, why: `MIGRATIONS_BASE=${override}` };
  }
  const head = commitOf('HEAD');
  if (!head) return { why: 'the repository has no commit yet' };
  const main = commitOf('origin/main');
  const forkPoint = main && tryGit('merge-base', 'HEAD', main);
  if (forkPoint && forkPoint !== head) return { commit: forkPoint, why: 'where HEAD left origin/main' };
  const parent = commitOf('HEAD~1');
  if (parent) return { commit: parent, why: 'HEAD~1, the commit before HEAD' };
  if (tryGit('rev-parse', '--is-shallow-repository') === 'true') {
    return { why: 'the clone is shallow and HEAD~1 is not in it; git fetch --deepen=1, or set MIGRATIONS_BASE' };
  }
  return { why: 'HEAD is the first commit' };
}

function fail(code, message) {
  console.error(message);
  process.exit(code);
}

/** The files under migrations/ on a commit, with their blob ids. */
function filesAt(commit) {
  const listing = git('ls-tree', '-r', '-z', commit, '--', `${FOLDER}/`);
  return new Map(
    listing
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, path] = line.split('\t');
        return [path, meta.split(' ')[2]];
      }),
  );
}

/** Blob ids of the working tree's files under migrations/, as git would store them. */
function workingFiles() {
  const paths = git('ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', `${FOLDER}/`)
    .split('\0')
    .filter((path) => path && existsSync(path));
  if (paths.length === 0) return new Map();
  const ids = execFileSync('git', ['hash-object', '--stdin-paths'], { input: paths.join('\n'), encoding: 'utf8' })
    .trim()
    .split('\n');
  return new Map(paths.map((path, index) => [path, ids[index]]));
}

const isJournal = (path) => path.endsWith('/meta/_journal.json');

/** What is wrong with a journal: its landed entries must stay as they are, new ones come after them. */
function journalProblems(path, landedText, currentText) {
  const landed = JSON.parse(landedText);
  const current = JSON.parse(currentText);
  const problems = [];
  const { entries: landedEntries = [], ...landedHead } = landed;
  const { entries: currentEntries = [], ...currentHead } = current;
  if (!isDeepStrictEqual(landedHead, currentHead)) problems.push(`${path}: its version or dialect changed`);
  landedEntries.forEach((entry, index) => {
    const now = currentEntries[index];
    if (!now) problems.push(`${path}: the landed entry ${entry.tag} was removed`);
    else if (!isDeepStrictEqual(entry, now))
      problems.push(`${path}: the landed entry ${entry.tag} was changed (now ${JSON.stringify(now)})`);
  });
  const lastLanded = landedEntries.at(-1)?.when ?? 0;
  for (const entry of currentEntries.slice(landedEntries.length)) {
    if (!(entry.when > lastLanded)) {
      problems.push(
        `${path}: the new entry ${entry.tag} has "when" ${entry.when}, not after the last landed one (${lastLanded}); drizzle would never run it on a database that is up to date`,
      );
    }
  }
  return problems;
}

const root = tryGit('rev-parse', '--show-toplevel');
if (!root) {
  console.log('check-migrations: nothing to compare: not inside a git work tree.');
  process.exit(0);
}
process.chdir(root);
const base = chooseBase();
if (!base.commit) {
  console.log(`check-migrations: nothing to compare: ${base.why}.`);
  process.exit(0);
}

const landed = filesAt(base.commit);
const current = workingFiles();
const byContent = new Map([...current].map(([path, id]) => [id, path]));
const problems = [];
for (const [path, landedId] of landed) {
  const currentId = current.get(path);
  if (currentId === landedId) continue;
  if (currentId === undefined) {
    const movedTo = byContent.get(landedId);
    problems.push(movedTo ? `${path}: renamed to ${movedTo}` : `${path}: deleted`);
    continue;
  }
  if (!path.endsWith('.json')) {
    problems.push(`${path}: changed`);
    continue;
  }
  const landedText = git('cat-file', 'blob', landedId);
  const currentText = readFileSync(path, 'utf8');
  if (isJournal(path)) problems.push(...journalProblems(path, landedText, currentText));
  // a snapshot whose formatting alone changed is the same snapshot
  else if (!isDeepStrictEqual(JSON.parse(landedText), JSON.parse(currentText))) problems.push(`${path}: changed`);
}

const baseName = `${base.commit.slice(0, 12)} (${base.why})`;
const added = [...current.keys()].filter((path) => !landed.has(path));
if (problems.length > 0) {
  fail(
    1,
    [
      `check-migrations: ${problems.length} landed migration file(s) differ from ${baseName}:`,
      ...problems.map((problem) => `  ✗ ${problem}`),
      'A landed migration is never edited, renamed or deleted: databases that ran it would never see the change.',
      'Put the change in a new migration (cd services/<service> && pnpm db:generate --name <what>, --custom for hand SQL);',
      "a PostgreSQL function's body lives in services/<service>/sql/<function>.sql.",
    ].join('\n'),
  );
}
console.log(
  `check-migrations: ${landed.size} landed migration files unchanged since ${baseName}` +
    (added.length > 0 ? `; new: ${added.join(', ')}` : ''),
);
