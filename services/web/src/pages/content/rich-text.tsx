/**
 * An article's body as HTML. The programme sanitised it to its allow-list when it was written
 * (no script, no event handler, no javascript: URL, no style) and stores only that, so this is
 * the one place where content from people becomes markup; nothing else may be passed here.
 */
export function RichText({ html }: { html: string }) {
  return <div class="rich-text" dangerouslySetInnerHTML={{ __html: html }} />;
}
