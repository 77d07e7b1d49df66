import { escapeHtml } from '@tradeqn/mail';

/**
 * The simple editor's text: paragraphs separated by a blank line, `## ` a heading, `- ` a list
 * item, and `https://…` addresses as links. Everything else is text: nothing a writer types
 * becomes markup, so a campaign cannot carry a script or a hidden form.
 */
export type Block = { kind: 'heading' | 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export function parseBody(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.every((line) => line.startsWith('- '))) {
      blocks.push({ kind: 'list', items: lines.map((line) => line.slice(2).trim()) });
    } else if (lines.length === 1 && lines[0]?.startsWith('## ')) {
      blocks.push({ kind: 'heading', text: lines[0].slice(3).trim() });
    } else {
      blocks.push({ kind: 'paragraph', text: lines.join(' ') });
    }
  }
  return blocks;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** Text with its addresses as links; `link` may rewrite each (click tracking). */
function inline(text: string, link: (url: string) => string, styled: boolean): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const index = match.index ?? 0;
    html += escapeHtml(text.slice(last, index));
    html += `<a href="${escapeHtml(link(match[0]))}"${styled ? ' style="color:#0b6e4f"' : ''}>${escapeHtml(match[0])}</a>`;
    last = index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

export interface RenderedBody {
  html: string;
  text: string;
}

/**
 * The body as the message's HTML fragment and plain text. Mail clients need styles inline
 * (`styled`); a page showing a preview must not have them (its CSP allows no inline style).
 */
export function renderBody(body: string, link: (url: string) => string = (url) => url, styled = true): RenderedBody {
  const blocks = parseBody(body);
  const style = (css: string) => (styled ? ` style="${css}"` : '');
  const html = blocks
    .map((block) => {
      if (block.kind === 'heading')
        return `<h2${style('font-size:18px;margin:24px 0 12px')}>${inline(block.text, link, styled)}</h2>`;
      if (block.kind === 'list') {
        const items = block.items.map((item) => `<li>${inline(item, link, styled)}</li>`).join('');
        return `<ul${style('margin:0 0 16px;padding-left:20px')}>${items}</ul>`;
      }
      return `<p${style('margin:0 0 16px')}>${inline(block.text, link, styled)}</p>`;
    })
    .join('\n');
  const text = blocks
    .map((block) => {
      if (block.kind === 'heading') return block.text.toUpperCase();
      if (block.kind === 'list') return block.items.map((item) => `- ${item}`).join('\n');
      return block.text;
    })
    .join('\n\n');
  return { html, text };
}
