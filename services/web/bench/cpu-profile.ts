// Where a profiled server's time went: `BENCH_CPU_PROF=/tmp/prof pnpm bench:web` writes a
// .cpuprofile; then
//   node --import tsx services/web/bench/cpu-profile.ts /tmp/prof/CPU….cpuprofile [total|self|package] [rows] [filter]
// `total` (default): time under each function (its callees included), `self`: in the function
// itself, `package`: in each npm package / Node module / our folder.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, mode = 'total', rows = '40', filter] = process.argv.slice(2);
if (!file) {
  console.error('usage: cpu-profile.ts <file.cpuprofile> [total|self|package] [rows] [filter]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\/.*?\/node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
    .replace(/^file:\/\/.*?\/(services|packages)\//, '$1/');
const functionOf = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
const packageOf = (node: ProfileNode) => {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return url;
  const dependency = url.match(/node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (dependency?.[1]) return dependency[1];
  return url.match(/\/((?:services|packages)\/[^/]+\/src\/[^/]+)/)?.[1] ?? url;
};

const totals = new Map<string, number>();
const add = (key: string, micros: number) => {
  totals.set(key, (totals.get(key) ?? 0) + micros);
};
let all = 0;
for (const [index, sample] of profile.samples.entries()) {
  const micros = profile.timeDeltas[index] ?? 0;
  all += micros;
  const node = byId.get(sample);
  if (!node) continue;
  if (mode === 'self') add(functionOf(node), micros);
  else if (mode === 'package') add(packageOf(node), micros);
  else addTotal(sample, micros);
}

function addTotal(sample: number, micros: number) {
  // total: each function once per sample, however deep it recurses
  const seen = new Set<string>();
  for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) {
    const frame = byId.get(id);
    if (!frame) break;
    const key = functionOf(frame);
    if (!seen.has(key)) add(key, micros);
    seen.add(key);
  }
}
console.log(`${(all / 1e6).toFixed(2)} s sampled`);
for (const [key, micros] of [...totals]
  .filter(([key]) => !filter || key.includes(filter))
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(rows))) {
  console.log(`${((micros / all) * 100).toFixed(1).padStart(5)} %  ${key}`);
}
