import type { App } from '@tradeqn/kit';
import type { SurveyFormDto, SurveyResponseDto } from '@tradeqn/programme/contract';
import { listWards, QUANG_NGAI_CODE } from '@tradeqn/vn';
import { type FieldErrors, SelectField, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';
import { type AnswerValues, answerErrorsOf, answersFromForm, answerValuesOf } from './survey-form.tsx';
import { SurveyAnswerForm } from './ws-survey-routes.tsx';

const ANSWER = '/khao-sat/tra-loi';
const TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const tokenOf = (query: unknown) => {
  const token = (query as { token?: unknown })?.token;
  if (typeof token !== 'string' || !TOKEN.test(token)) throw pageNotFound();
  return token;
};

/** `/khao-sat/tra-loi?token=…`: an enterprise not on the exchange answers the survey through the link it was mailed. */
export async function surveyLinkPages(app: App): Promise<void> {
  app.get(ANSWER, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const token = tokenOf(request.query);
    const form = required(await ctx.api.get<SurveyFormDto>('/programme/surveys/invitation', { query: { token } }));
    const values = { ...answerValuesOf(form.response) };
    // a personal link: not cached (sendPage's default) nor indexed
    return sendPage(reply, <LinkPage ctx={ctx} token={token} form={form} values={values} place={form.respondent} errors={{}} />);
  });

  app.post(ANSWER, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const token = tokenOf(request.query);
    const shown = required(await ctx.api.get<SurveyFormDto>('/programme/surveys/invitation', { query: { token } }));
    const answers = answersFromForm(shown.version.questions, request.body);
    const place = { wardCode: formText(request.body, 'wardCode') || null, sector: formText(request.body, 'sector') || null };
    const saved = await ctx.api.put<SurveyResponseDto>('/programme/surveys/invitation/response', {
      query: { token },
      body: {
        versionId: formText(request.body, 'versionId'),
        answers,
        ...(place.wardCode ? { wardCode: place.wardCode } : {}),
        ...(place.sector ? { sector: place.sector } : {}),
      },
    });
    if (!saved.ok) {
      if (saved.status === 404) throw pageNotFound();
      return sendPage(
        reply,
        <LinkPage
          ctx={ctx}
          token={token}
          form={shown}
          values={answers}
          place={{ ...shown.respondent, ...place }}
          errors={answerErrorsOf(ctx, saved.problem)}
        />,
        { status: formStatus(saved.problem) },
      );
    }
    setFlash(reply, ctx.t.survey.thanks);
    return redirectTo(reply, ctx.href(`${ANSWER}?token=${encodeURIComponent(token)}`));
  });
}

function LinkPage({
  ctx,
  token,
  form,
  values,
  place,
  errors,
}: {
  ctx: PageContext;
  token: string;
  form: SurveyFormDto;
  values: AnswerValues;
  place: { wardCode: string | null; sector: string | null };
  errors: FieldErrors;
}) {
  const t = ctx.t.survey;
  const wards = listWards(QUANG_NGAI_CODE) ?? [];
  return (
    <Document ctx={ctx} meta={{ title: form.round.title, canonicalPath: ANSWER, noindex: true }}>
      <div class="page-narrow survey-link-page">
        <h1>{form.round.title}</h1>
        <p>
          {t.respondent}: <strong>{form.respondent.name}</strong>
        </p>
        <p>{t.wsIntro}</p>
        <SurveyAnswerForm
          ctx={ctx}
          form={form}
          values={values}
          errors={errors}
          action={`${ANSWER}?token=${encodeURIComponent(token)}`}
        >
          <SelectField
            name="wardCode"
            label={t.ward}
            value={place.wardCode}
            error={errors.wardCode}
            placeholder="—"
            options={wards.map((ward) => ({ value: ward.code, label: ward.name }))}
          />
          <TextField name="sector" label={t.sector} value={place.sector} error={errors.sector} maxLength={100} />
        </SurveyAnswerForm>
      </div>
    </Document>
  );
}
