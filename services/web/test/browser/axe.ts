import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface Violation {
  id: string;
  impact?: string | null | undefined;
  help: string;
  nodes: { target: unknown; failureSummary?: string | undefined }[];
}

/** The serious and critical WCAG 2 A/AA violations axe finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** The violations written out for a failing test: rule, impact, and each element with axe's reason. */
export function describeViolations(page: Page, violations: Violation[]): string {
  if (violations.length === 0) return `no serious violation on ${page.url()}`;
  return [
    `serious or critical accessibility violations on ${page.url()}:`,
    ...violations.flatMap((violation) => [
      `- ${violation.id} (${violation.impact}): ${violation.help}`,
      ...violation.nodes
        .slice(0, 5)
        .map((node) => `    ${JSON.stringify(node.target)}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    ]),
  ].join('\n');
}
