import type { ComponentChildren } from 'preact';
import type { PageContext } from '../http/page-context.ts';
import { CsrfField } from './form.tsx';

/**
 * A destructive action (remove a member, suspend an enterprise, reject) asked twice: the first
 * button only opens the question (a `<details>`, so it works without JavaScript), the second,
 * inside it, posts the form. Fields the action needs (a reason) go in `children`.
 */
export function ConfirmAction({
  ctx,
  action,
  label,
  confirmLabel,
  question,
  children,
  danger = true,
  name,
}: {
  ctx: PageContext;
  /** The form's path of ours (without the language prefix). */
  action: string;
  /** What the first button says ("Xóa thành viên"). */
  label: string;
  /** What the confirming button says ("Có, xóa"); the label when not given. */
  confirmLabel?: string;
  /** The question; the common "are you sure" when not given. */
  question?: string;
  children?: ComponentChildren;
  danger?: boolean;
  /** A name for tests and scripts (`data-action`). */
  name?: string;
}) {
  return (
    <details class={danger ? 'confirm-action danger' : 'confirm-action'} data-action={name}>
      <summary class={danger ? 'button button-danger' : 'button button-secondary'}>{label}</summary>
      <form method="post" action={ctx.href(action)} class="confirm-form">
        <CsrfField ctx={ctx} />
        <p>{question ?? ctx.t.common.confirm.prompt}</p>
        {children}
        <button type="submit" class={danger ? 'button button-danger' : 'button'}>
          {confirmLabel ?? label}
        </button>
      </form>
    </details>
  );
}
