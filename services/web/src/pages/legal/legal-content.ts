import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../i18n/locale.ts';
import { LOCALES } from '../../i18n/locale.ts';
import { LEGAL_PAGES, type LegalPageSlug } from './legal-page-list.ts';
import { type Block, fillPlaceholders, parseLegalText } from './legal-text.tsx';

/** Where the editable text of each page lives: `content/legal/<slug>.<locale>.md`. */
export const LEGAL_CONTENT_DIR = fileURLToPath(new URL('../../../content/legal/', import.meta.url));

/** The names a content file may use, and where each value comes from (the web's settings, the site). */
export const PLACEHOLDERS = [
  'operator.name',
  'operator.address',
  'operator.phone',
  'operator.email',
  'site.name',
  'site.url',
] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];

export type LegalContent = Record<LegalPageSlug, Record<Locale, Block[]>>;

/**
 * Reads every page in every language once, when the site starts: a missing file or an unknown
 * placeholder stops the start instead of showing a broken page. Placeholders stay in the parsed
 * text and are filled per request from the settings (see fillBlocks).
 */
export function loadLegalContent(dir: string = LEGAL_CONTENT_DIR): LegalContent {
  const known = Object.fromEntries(PLACEHOLDERS.map((name) => [name, `{{${name}}}`]));
  const content = {} as LegalContent;
  for (const page of LEGAL_PAGES) {
    const byLocale = {} as Record<Locale, Block[]>;
    for (const locale of LOCALES) {
      const file = `${dir}${page.slug}.${locale}.md`;
      const source = readFileSync(file, 'utf8');
      fillPlaceholders(source, known, file); // throws on a name nobody fills
      byLocale[locale] = parseLegalText(source);
    }
    content[page.slug] = byLocale;
  }
  return content;
}

/** The blocks with their placeholders filled (values are text: the renderer escapes them like the rest). */
export function fillBlocks(blocks: Block[], values: Record<PlaceholderName, string>): Block[] {
  const fill = (text: string) => fillPlaceholders(text, values, 'legal page');
  return blocks.map((block) =>
    block.kind === 'list' ? { ...block, items: block.items.map(fill) } : { ...block, text: fill(block.text) },
  );
}
