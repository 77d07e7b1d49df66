import type { App } from '@tradeqn/kit';
import type { RegistrationDto, TrainingEventDto } from '@tradeqn/programme/contract';
import { formatDateTimeVn } from '@tradeqn/vn';
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from '../../components/breadcrumbs.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';

const LIST = '/dao-tao';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Values = { fullName: string; email: string; phone: string; organisation: string };

/** `/dao-tao`: the courses, workshops and fairs to come; `/dao-tao/{id}`: one, and registering for it. */
export async function trainingPages(app: App): Promise<void> {
  app.get(LIST, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const events = required(await ctx.api.get<TrainingEventDto[]>('/programme/events'));
    return sendPage(reply, <ListPage ctx={ctx} events={events} />, { cacheable: true });
  });

  app.get<{ Params: { id: string } }>(`${LIST}/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const event = required(await ctx.api.get<TrainingEventDto>(`/programme/events/${request.params.id}`));
    return sendPage(
      reply,
      <EventPage ctx={ctx} event={event} values={{ fullName: '', email: '', phone: '', organisation: '' }} errors={{}} />,
    );
  });

  app.post<{ Params: { id: string } }>(`${LIST}/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const values: Values = {
      fullName: formText(request.body, 'fullName'),
      email: formText(request.body, 'email'),
      phone: formText(request.body, 'phone'),
      organisation: formText(request.body, 'organisation'),
    };
    const body = {
      fullName: values.fullName,
      email: values.email,
      ...(values.phone ? { phone: values.phone } : {}),
      ...(values.organisation ? { organisation: values.organisation } : {}),
    };
    const registered = await ctx.api.post<{ registration: RegistrationDto; event: TrainingEventDto }>(
      `/programme/events/${request.params.id}/registrations`,
      { body },
    );
    if (!registered.ok) {
      if (registered.status === 404) throw pageNotFound();
      const event = required(await ctx.api.get<TrainingEventDto>(`/programme/events/${request.params.id}`));
      const errors: FieldErrors =
        registered.problem.code === 'PROGRAMME_ALREADY_REGISTERED'
          ? { email: ctx.t.training.alreadyRegistered }
          : fieldErrorsOf(registered.problem);
      return sendPage(reply, <EventPage ctx={ctx} event={event} values={values} errors={errors} />, {
        status: formStatus(registered.problem),
      });
    }
    setFlash(reply, ctx.t.training.registered);
    return redirectTo(reply, ctx.href(`${LIST}/${request.params.id}?da-dang-ky=1`));
  });
}

function Facts({ ctx, event }: { ctx: PageContext; event: TrainingEventDto }) {
  const t = ctx.t.training;
  return (
    <dl class="facts training-facts">
      <dt>{t.when}</dt>
      <dd>
        {formatDateTimeVn(event.startsAt)} – {formatDateTimeVn(event.endsAt)}
      </dd>
      {event.place ? (
        <>
          <dt>{t.where}</dt>
          <dd>{event.place}</dd>
        </>
      ) : null}
      {event.onlineUrl ? (
        <>
          <dt>{t.online}</dt>
          <dd>
            <a href={event.onlineUrl} rel="noopener nofollow">
              {event.onlineUrl}
            </a>
          </dd>
        </>
      ) : null}
      <dt>{t.forWhom}</dt>
      <dd>{t.audiences[event.audience]}</dd>
      <dd data-seats={event.seatsLeft}>{event.isOpen ? t.seats(event.seatsLeft, event.capacity) : t.full}</dd>
    </dl>
  );
}

function ListPage({ ctx, events }: { ctx: PageContext; events: TrainingEventDto[] }) {
  const t = ctx.t.training;
  const crumbs: Crumb[] = [{ label: ctx.t.common.home, path: '/' }, { label: t.title }];
  return (
    <Document
      ctx={ctx}
      meta={{ title: t.title, description: t.intro, canonicalPath: LIST, jsonLd: [breadcrumbJsonLd(ctx, crumbs)] }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      {events.length === 0 ? <p class="empty">{t.empty}</p> : null}
      <ul class="plain-list training-list">
        {events.map((event) => (
          <li data-event={event.id}>
            <h2>
              <a href={ctx.href(`${LIST}/${event.id}`)}>{event.title}</a>
            </h2>
            <p class="muted">{t.kinds[event.kind]}</p>
            <Facts ctx={ctx} event={event} />
          </li>
        ))}
      </ul>
    </Document>
  );
}

function EventPage({
  ctx,
  event,
  values,
  errors,
}: {
  ctx: PageContext;
  event: TrainingEventDto;
  values: Values;
  errors: FieldErrors;
}) {
  const t = ctx.t.training;
  const crumbs: Crumb[] = [{ label: ctx.t.common.home, path: '/' }, { label: t.title, path: LIST }, { label: event.title }];
  const schemaEvent = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.description,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventAttendanceMode: event.place
      ? event.onlineUrl
        ? 'https://schema.org/MixedEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode'
      : 'https://schema.org/OnlineEventAttendanceMode',
    location: event.place
      ? { '@type': 'Place', name: event.place, address: event.place }
      : { '@type': 'VirtualLocation', url: event.onlineUrl },
    organizer: { '@type': 'Organization', name: ctx.site.settings.operator.name },
  };
  return (
    <Document
      ctx={ctx}
      meta={{
        title: event.title,
        description: event.description.slice(0, 160),
        canonicalPath: `${LIST}/${event.id}`,
        jsonLd: [schemaEvent, breadcrumbJsonLd(ctx, crumbs)],
      }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{event.title}</h1>
      <p class="muted">{t.kinds[event.kind]}</p>
      <Facts ctx={ctx} event={event} />
      <p class="training-description">{event.description}</p>
      <p>
        <a href={`/api/v1/programme/events/${event.id}/calendar.ics`} data-calendar download>
          {t.calendar}
        </a>
      </p>
      {event.isOpen ? (
        <section aria-labelledby="register-title">
          <h2 id="register-title">{t.register}</h2>
          <ErrorSummary
            ctx={ctx}
            errors={errors}
            labels={{ fullName: t.fullName, email: t.email, phone: t.phone, organisation: t.organisation }}
          />
          <form method="post" action={ctx.href(`${LIST}/${event.id}`)} class="account-form" noValidate data-register-form>
            <CsrfField ctx={ctx} />
            <TextField
              name="fullName"
              label={t.fullName}
              value={values.fullName}
              error={errors.fullName}
              autoComplete="name"
              required
              maxLength={120}
            />
            <TextField
              name="email"
              type="email"
              label={t.email}
              value={values.email}
              error={errors.email}
              autoComplete="email"
              required
              maxLength={254}
            />
            <TextField
              name="phone"
              type="tel"
              label={t.phone}
              value={values.phone}
              error={errors.phone}
              autoComplete="tel"
              maxLength={20}
            />
            <TextField
              name="organisation"
              label={t.organisation}
              value={values.organisation}
              error={errors.organisation}
              maxLength={200}
            />
            <button type="submit" class="button">
              {t.submit}
            </button>
          </form>
        </section>
      ) : null}
    </Document>
  );
}
