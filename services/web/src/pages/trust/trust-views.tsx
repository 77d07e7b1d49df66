import { fieldId } from '../../components/form.tsx';
import type { PageContext } from '../../http/page-context.ts';

/** Vietnam keeps UTC+7 all year: times are read and shown in it. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

export interface TrustTarget {
  kind: 'listing' | 'enterprise';
  id: string;
  name: string;
  slug: string;
  enterpriseId: string;
  path: string;
}

/** A request as `GET /admin/takedowns/{id}` answers it. */
export interface TakedownView {
  id: string;
  documentNumber: string;
  documentDate: string;
  issuer: string;
  target: TrustTarget;
  requestedAction: string;
  legalBasis: string;
  status: 'open' | 'removed' | 'closed';
  receivedAt: string;
  deadlineAt: string;
  remainingSeconds: number;
  isOverdue: boolean;
  escalated12At: string | null;
  escalated20At: string | null;
  actedAt: string | null;
  actionNote: string | null;
  isWithinDeadline: boolean | null;
  createdAt: string;
}

/** A report as `GET /admin/reports` answers it. */
export interface ReportView {
  id: string;
  target: TrustTarget;
  reason: string;
  details: string;
  reporterEmail: string;
  isSignedIn: boolean;
  status: 'open' | 'dismissed' | 'actioned';
  decidedAt: string | null;
  decisionNote: string | null;
  createdAt: string;
}

/** `2026-12-01T08:30` (Vietnam time, as a datetime-local field holds it) → an ISO instant, or null. */
export function vietnamLocalToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const at = Date.parse(`${value}:00.000Z`);
  return Number.isNaN(at) ? null : new Date(at - VIETNAM_OFFSET_MS).toISOString();
}

/** `01/12/2026 08:30` in Vietnam time. */
export function vietnamDateTime(iso: string): string {
  const local = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

/** `2026-12-05` → `05/12/2026`. */
export function vietnamDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * The 24-hour clock as staff read it: the time left, or how late (in red, and said in words, not
 * by colour alone); a request dealt with says whether it was in time.
 */
export function TakedownClock({ ctx, takedown }: { ctx: PageContext; takedown: TakedownView }) {
  const t = ctx.t.trust.clock;
  if (takedown.status === 'closed') return <span class="clock clock-done">{t.closed}</span>;
  if (takedown.status === 'removed') {
    return takedown.isWithinDeadline ? (
      <span class="clock clock-done">{t.doneInTime}</span>
    ) : (
      <strong class="clock clock-overdue">{t.doneLate}</strong>
    );
  }
  const seconds = Math.abs(takedown.remainingSeconds);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return takedown.isOverdue ? (
    <strong class="clock clock-overdue" data-overdue="true">
      {t.overdue(hours, minutes)}
    </strong>
  ) : (
    <span class={hours < 4 ? 'clock clock-soon' : 'clock'} data-overdue="false">
      {t.left(hours, minutes)}
    </span>
  );
}

/** The target's name, linked to where the public saw it. */
export function TargetLink({ ctx, target }: { ctx: PageContext; target: TrustTarget }) {
  return (
    <>
      <a href={ctx.href(target.path)}>{target.name}</a> <span class="muted">· {ctx.t.trust.kinds[target.kind]}</span>
    </>
  );
}

/** A moment typed in Vietnam time (`datetime-local`), with its hint and error, as the console's clock forms ask it. */
export function LocalDateTimeField(props: {
  name: string;
  label: string;
  hint: string;
  value: string;
  error?: string | undefined;
}) {
  const id = fieldId(props.name);
  return (
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      <p class="field-hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      {props.error ? (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <input
        id={id}
        name={props.name}
        type="datetime-local"
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={[`${id}-hint`, props.error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      />
    </div>
  );
}
