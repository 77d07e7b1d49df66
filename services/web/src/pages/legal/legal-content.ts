import { POLICY_PLACEHOLDERS, type PolicyPlaceholder } from '@tradeqn/trust/contract';
import type { PageContext } from '../../http/page-context.ts';
import type { Block } from './legal-text.tsx';

/** What the placeholders of a document's text say: the operator's identity from the web's settings, the site. */
export function placeholderValues(ctx: PageContext): Record<PolicyPlaceholder, string> {
  const { operator } = ctx.site.settings;
  return {
    'operator.name': operator.name,
    'operator.address': operator.address,
    'operator.phone': operator.phone,
    'operator.email': operator.email,
    'site.name': ctx.t.common.siteName,
    'site.url': ctx.site.publicUrl,
  };
}

/**
 * Fills `{{name}}` with the settings' values (text: the renderer escapes them like the rest).
 * Trust refuses a name outside POLICY_PLACEHOLDERS when a version is written, so none is left.
 */
export function fillPlaceholders(text: string, values: Record<PolicyPlaceholder, string>): string {
  const known: readonly string[] = POLICY_PLACEHOLDERS;
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (match, name: string) =>
    known.includes(name) ? values[name as PolicyPlaceholder] : match,
  );
}

/** The blocks with their placeholders filled. */
export function fillBlocks(blocks: Block[], values: Record<PolicyPlaceholder, string>): Block[] {
  const fill = (text: string) => fillPlaceholders(text, values);
  return blocks.map((block) =>
    block.kind === 'list' ? { ...block, items: block.items.map(fill) } : { ...block, text: fill(block.text) },
  );
}
