import { type App, internalCallHeaders } from '@tradeqn/kit';
import { AUDIENCES, EVENT_KINDS, type RegistrationDto, type TrainingEventDto } from '@tradeqn/programme/contract';
import { formatDateTimeVn } from '@tradeqn/vn';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, SelectField, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import { LocalDateTimeField, vietnamLocalToIso } from '../trust/trust-views.tsx';

const EVENTS = consolePath('training');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FIELDS = ['kind', 'title', 'description', 'audience', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'capacity'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

/** `/quan-tri/dao-tao`: staff publish courses, workshops and fairs, and take attendance (`/{id}`). */
export async function consoleTrainingPages(app: App): Promise<void> {
  app.get(EVENTS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const events = required(await ctx.api.get<TrainingEventDto[]>('/admin/programme/events'));
    const empty = Object.fromEntries(FIELDS.map((field) => [field, ''])) as Values;
    return sendPage(
      reply,
      <EventsPage ctx={ctx} events={events} values={{ ...empty, kind: 'training', audience: 'enterprises' }} errors={{}} />,
    );
  });

  app.post(EVENTS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const values = Object.fromEntries(FIELDS.map((field) => [field, formText(request.body, field)])) as Values;
    const body = {
      kind: values.kind,
      title: values.title,
      description: values.description,
      audience: values.audience,
      startsAt: vietnamLocalToIso(values.startsAt) ?? values.startsAt,
      endsAt: vietnamLocalToIso(values.endsAt) ?? values.endsAt,
      ...(values.place ? { place: values.place } : {}),
      ...(values.onlineUrl ? { onlineUrl: values.onlineUrl } : {}),
      capacity: Number(values.capacity) || values.capacity,
    };
    const created = await ctx.api.post<TrainingEventDto>('/admin/programme/events', { body });
    if (!created.ok) {
      const events = required(await ctx.api.get<TrainingEventDto[]>('/admin/programme/events'));
      const errors = fieldErrorsOf(created.problem);
      return sendPage(reply, <EventsPage ctx={ctx} events={events} values={values} errors={errors} />, {
        status: formStatus(created.problem),
      });
    }
    setFlash(reply, ctx.t.training.published);
    return redirectTo(reply, ctx.href(`${EVENTS}/${created.data.id}`));
  });

  // the page the QR pass opens at the door: who it is, and one button (a GET records nothing)
  app.get<{ Querystring: { token?: string } }>(`${EVENTS}/diem-danh`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const token = String(request.query.token ?? '');
    const pass = await ctx.api.get<CheckIn>('/admin/programme/check-in', { query: { token } });
    if (!pass.ok && pass.status !== 400 && pass.status !== 404) required(pass);
    return sendPage(reply, <CheckInPage ctx={ctx} token={token} pass={pass.ok ? pass.data : null} />);
  });

  app.post(`${EVENTS}/diem-danh`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const token = formText(request.body, 'token');
    const recorded = await ctx.api.post<CheckIn>('/admin/programme/check-in', { body: { token } });
    if (recorded.ok) setFlash(reply, ctx.t.training.checkInDone);
    // outside the event's hours: say so; a wrong pass shows as such on the page
    else if (recorded.status === 409) setFlash(reply, recorded.problem.detail ?? recorded.problem.title, 'error');
    else if (recorded.status !== 400 && recorded.status !== 404) required(recorded);
    return redirectTo(reply, ctx.href(`${EVENTS}/diem-danh?token=${encodeURIComponent(token)}`));
  });

  app.get<{ Params: { id: string } }>(`${EVENTS}/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const event = required(await ctx.api.get<TrainingEventDto>(`/programme/events/${request.params.id}`));
    const people = required(await ctx.api.get<RegistrationDto[]>(`/admin/programme/events/${event.id}/registrations`));
    return sendPage(reply, <AttendancePage ctx={ctx} event={event} people={people} />);
  });

  app.get<{ Params: { id: string; registrationId: string } }>(
    `${EVENTS}/:id/chung-nhan/:registrationId`,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      requireStaff(ctx, 'moderator');
      const { id, registrationId } = request.params;
      if (!UUID.test(id) || !UUID.test(registrationId)) throw pageNotFound();
      // the PDF as the API makes it, passed through (the page's API client reads JSON)
      const answer = await app.inject({
        method: 'GET',
        url: `/api/v1/admin/programme/events/${id}/registrations/${registrationId}/certificate.pdf`,
        headers: { ...internalCallHeaders(), 'accept-language': ctx.locale, authorization: `Bearer ${ctx.viewer.accessToken}` },
      });
      if (answer.statusCode !== 200) throw pageNotFound();
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', String(answer.headers['content-disposition'] ?? 'attachment'))
        .send(answer.rawPayload);
    },
  );

  app.post<{ Params: { id: string; registrationId: string } }>(
    `${EVENTS}/:id/co-mat/:registrationId`,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      requireStaff(ctx, 'moderator');
      const { id, registrationId } = request.params;
      if (!UUID.test(id) || !UUID.test(registrationId)) throw pageNotFound();
      required(
        await ctx.api.put(`/admin/programme/events/${id}/registrations/${registrationId}/attendance`, {
          body: { attended: formText(request.body, 'attended') === '1' },
        }),
      );
      return redirectTo(reply, ctx.href(`${EVENTS}/${id}#registration-${registrationId}`));
    },
  );
}

function EventsPage({
  ctx,
  events,
  values,
  errors,
}: {
  ctx: PageContext;
  events: TrainingEventDto[];
  values: Values;
  errors: FieldErrors;
}) {
  const t = ctx.t.training;
  const f = t.fields;
  return (
    <ConsoleDocument ctx={ctx} active="training" title={t.consoleTitle}>
      <ul class="plain-list training-list">
        {events.map((event) => (
          <li data-event={event.id}>
            <a href={ctx.href(`${EVENTS}/${event.id}`)}>{event.title}</a> — {formatDateTimeVn(event.startsAt)} ·{' '}
            {t.registrations(event.registeredCount)} / {event.capacity}
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-event">
        <h2 id="new-event">{t.newEvent}</h2>
        <ErrorSummary ctx={ctx} errors={errors} labels={f} />
        <form method="post" action={ctx.href(EVENTS)} class="work-form" novalidate data-new-event>
          <CsrfField ctx={ctx} />
          <SelectField
            name="kind"
            label={f.kind}
            value={values.kind}
            error={errors.kind}
            options={EVENT_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] ?? kind }))}
          />
          <TextField name="title" label={f.title} value={values.title} error={errors.title} required maxLength={200} />
          <TextField
            name="description"
            label={f.description}
            value={values.description}
            error={errors.description}
            required
            multiline
            maxLength={5000}
          />
          <SelectField
            name="audience"
            label={f.audience}
            value={values.audience}
            error={errors.audience}
            options={AUDIENCES.map((one) => ({ value: one, label: t.audiences[one] ?? one }))}
          />
          <LocalDateTimeField
            name="startsAt"
            label={f.startsAt}
            hint={t.timeHint}
            value={values.startsAt}
            error={errors.startsAt}
          />
          <LocalDateTimeField name="endsAt" label={f.endsAt} hint={t.timeHint} value={values.endsAt} error={errors.endsAt} />
          <TextField name="place" label={f.place} value={values.place} error={errors.place} maxLength={300} />
          <TextField
            name="onlineUrl"
            type="url"
            label={f.onlineUrl}
            value={values.onlineUrl}
            error={errors.onlineUrl}
            maxLength={500}
          />
          <TextField
            name="capacity"
            type="number"
            inputMode="numeric"
            min={1}
            label={f.capacity}
            value={values.capacity}
            error={errors.capacity}
            required
          />
          <button type="submit" class="button" data-publish-event>
            {t.publish}
          </button>
        </form>
      </section>
    </ConsoleDocument>
  );
}

type CheckIn = { event: TrainingEventDto; registration: RegistrationDto };

function CheckInPage({ ctx, token, pass }: { ctx: PageContext; token: string; pass: CheckIn | null }) {
  const t = ctx.t.training;
  return (
    <ConsoleDocument ctx={ctx} active="training" title={t.checkInTitle}>
      {pass === null ? (
        <p class="field-error" data-check-in="invalid">
          {t.checkInInvalid}
        </p>
      ) : (
        <div data-check-in={pass.registration.attendedAt ? 'attended' : 'pending'}>
          <p class="check-in-person">
            <strong>{t.checkInWho(pass.registration.fullName, pass.event.title)}</strong>
            {pass.registration.organisation ? ` · ${pass.registration.organisation}` : ''}
          </p>
          {pass.registration.attendedAt ? (
            <p class="status status-active">{t.checkInAlready(formatDateTimeVn(pass.registration.attendedAt))}</p>
          ) : (
            <form method="post" action={ctx.href(`${EVENTS}/diem-danh`)}>
              <CsrfField ctx={ctx} />
              <input type="hidden" name="token" value={token} />
              <button type="submit" class="button" data-confirm-check-in>
                {t.checkInConfirm}
              </button>
            </form>
          )}
          <p>
            <a href={ctx.href(`${EVENTS}/${pass.event.id}`)}>{pass.event.title}</a>
          </p>
        </div>
      )}
      <p class="field-hint">{t.checkInHint}</p>
    </ConsoleDocument>
  );
}

function AttendancePage({ ctx, event, people }: { ctx: PageContext; event: TrainingEventDto; people: RegistrationDto[] }) {
  const t = ctx.t.training;
  return (
    <ConsoleDocument ctx={ctx} active="training" title={event.title}>
      <p>
        <a href={ctx.href(EVENTS)}>{t.back}</a> · <a href={ctx.href(`/dao-tao/${event.id}`)}>{event.title}</a>
      </p>
      <p>
        {formatDateTimeVn(event.startsAt)} · {t.registrations(event.registeredCount)} / {event.capacity}
      </p>
      <h2>{t.attendance}</h2>
      {people.length === 0 ? <p class="empty">{t.noRegistrations}</p> : null}
      <ul class="plain-list attendance-list">
        {people.map((person) => (
          <li id={`registration-${person.id}`} data-registration={person.id} data-attended={person.attendedAt ? 'true' : 'false'}>
            <strong>{person.fullName}</strong> · {person.email}
            {person.organisation ? ` · ${person.organisation}` : ''}{' '}
            <form method="post" action={ctx.href(`${EVENTS}/${event.id}/co-mat/${person.id}`)} class="inline-form">
              <CsrfField ctx={ctx} />
              <input type="hidden" name="attended" value={person.attendedAt ? '0' : '1'} />
              {person.attendedAt ? (
                <>
                  <span class="status status-active">{t.attended}</span>{' '}
                  <a href={ctx.href(`${EVENTS}/${event.id}/chung-nhan/${person.id}`)} data-certificate>
                    {t.certificate}
                  </a>
                </>
              ) : null}{' '}
              <button type="submit" class="button button-small">
                {person.attendedAt ? t.unmark : t.markAttended}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </ConsoleDocument>
  );
}
