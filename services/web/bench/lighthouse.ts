// Lighthouse (the pinned lighthouse@12.2.3, mobile: its default form factor and simulated slow 4G)
// on one URL, with the Chromium of CHROME_PATH (default /usr/bin/chromium): the performance and
// accessibility scores, the metrics behind the first, and what each category found wanting.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

export interface LighthouseResult {
  url: string;
  scores: { performance: number | null; accessibility: number | null };
  summary: string;
  details: string[];
  /** Why Lighthouse gave no scores, when it did not. */
  error?: string;
}

interface Audit {
  title: string;
  score: number | null;
  displayValue?: string;
  details?: { items?: { node?: { snippet?: string } }[] };
}
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { code: string; message: string };
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  const args = [
    cli,
    url,
    '--only-categories=performance,accessibility',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless --no-sandbox',
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const failed = (error: string): LighthouseResult => ({
    url,
    scores: { performance: null, accessibility: null },
    summary: `did not run: ${error}`,
    details: [],
    error,
  });
  if (code !== 0) return failed(`lighthouse exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
  let report: Report;
  try {
    report = JSON.parse(stdout) as Report;
  } catch {
    return failed(`no JSON report: ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
  }
  if (report.runtimeError) return failed(`${report.runtimeError.code}: ${report.runtimeError.message}`);
  const score = (category: string) => {
    const value = report.categories[category]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const scores = { performance: score('performance'), accessibility: score('accessibility') };
  const metrics = METRICS.map((id) => `${report.audits[id]?.title ?? id} ${report.audits[id]?.displayValue ?? '?'}`).join(', ');
  const details: string[] = [];
  for (const category of ['performance', 'accessibility']) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9 || METRICS.includes(ref.id)) continue;
      const node = audit.details?.items?.[0]?.node?.snippet;
      details.push(
        `${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${node ? ` — e.g. ${node.slice(0, 120)}` : ''}`,
      );
    }
  }
  return {
    url,
    scores,
    summary: `performance ${scores.performance}, accessibility ${scores.accessibility}; ${metrics}`,
    details,
  };
}
