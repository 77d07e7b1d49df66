import type { PolicyChange } from '@tradeqn/trust/contract';
import type { PageContext } from '../../http/page-context.ts';

/** Unchanged lines kept around a change, so a reader sees where it sits. */
const CONTEXT_LINES = 2;

/**
 * What a version changed, line by line: removed lines in `<del>`, new ones in `<ins>` (each also
 * said in words for screen readers), long unchanged runs shortened to their edges.
 */
export function PolicyChanges({ ctx, changes }: { ctx: PageContext; changes: PolicyChange[] }) {
  const t = ctx.t.legal;
  return (
    <div class="policy-changes">
      <p class="muted">{t.changesLegend}</p>
      <ol class="policy-diff">
        {changes.flatMap((change, index) => {
          if (change.kind === 'removed') {
            return change.lines.map((line) => (
              <li class="diff-removed">
                <del>
                  <span class="visually-hidden">{t.removedLine} </span>
                  {line}
                </del>
              </li>
            ));
          }
          if (change.kind === 'added') {
            return change.lines.map((line) => (
              <li class="diff-added">
                <ins>
                  <span class="visually-hidden">{t.addedLine} </span>
                  {line}
                </ins>
              </li>
            ));
          }
          const lines = change.lines;
          const head = index === 0 ? [] : lines.slice(0, CONTEXT_LINES);
          const tail = index === changes.length - 1 ? [] : lines.slice(-CONTEXT_LINES);
          const shown = head.length + tail.length >= lines.length ? lines : [...head, '…', ...tail];
          return shown.map((line) => <li class="diff-same">{line}</li>);
        })}
      </ol>
    </div>
  );
}
