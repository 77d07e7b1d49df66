import type { PageContext } from '../http/page-context.ts';

/** The message the last POST left (“Đã lưu”), announced to screen readers. */
export function FlashMessage({ ctx }: { ctx: PageContext }) {
  if (!ctx.flash) return null;
  return (
    <div class={`flash flash-${ctx.flash.kind}`} role={ctx.flash.kind === 'error' ? 'alert' : 'status'}>
      {ctx.flash.text}
    </div>
  );
}
