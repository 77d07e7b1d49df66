import type { VNode } from 'preact';

/**
 * The legal pages' "sanitised rich text": a tiny Markdown-like language of our own with exactly
 * three kinds of block, turned into Preact elements, never into an HTML string.
 *
 *   # Heading, ## Sub-heading, ### Minor heading   (the page's own <h1> is its title: `#` is an <h2>)
 *   - item / * item                                 (a bulleted list)
 *   1. item                                         (a numbered list)
 *   anything else                                   (a paragraph; lines run on until a blank line)
 *
 * Every piece of text is a child string, which Preact escapes when it renders: `<script>` in a
 * file (or in a value put into a placeholder) shows as those characters, no attribute is ever
 * written from the text, and no `dangerouslySetInnerHTML` is used. That is what makes it safe to
 * render text that a person edits without review of its markup.
 */
export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

export function parseLegalText(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = [];
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const heading = /^(#{1,3})\s+(.+)$/.exec(line);
    if (heading?.[1] && heading[2]) {
      flush();
      blocks.push({ kind: 'heading', level: (heading[1].length + 1) as 2 | 3 | 4, text: heading[2].trim() });
      continue;
    }
    const bullet = /^[-*]\s+(.+)$/.exec(line);
    const numbered = /^\d{1,3}[.)]\s+(.+)$/.exec(line);
    const item = bullet?.[1] ?? numbered?.[1];
    if (item !== undefined) {
      const ordered = numbered !== null;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item.trim());
      continue;
    }
    if (list && /^\s{2,}/.test(raw) && list.items.length > 0) {
      // an indented line continues the list item above it
      list.items[list.items.length - 1] += ` ${line}`;
      continue;
    }
    if (list) flush();
    paragraph.push(line);
  }
  flush();
  return blocks;
}

/** The blocks as elements: text only ever as children (escaped). */
export function LegalText({ blocks }: { blocks: Block[] }): VNode {
  return (
    <div class="legal-text">
      {blocks.map((block) => {
        if (block.kind === 'heading') {
          const Tag = `h${block.level}` as 'h2' | 'h3' | 'h4';
          return <Tag>{block.text}</Tag>;
        }
        if (block.kind === 'paragraph') return <p>{block.text}</p>;
        const items = block.items.map((item) => <li>{item}</li>);
        return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
      })}
    </div>
  );
}
