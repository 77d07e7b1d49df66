import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { type App, principalOf, problemResponses, requireRole, requireUser } from '@tradeqn/kit';
import { Type } from 'typebox';
import { programmeErrors } from '../programme-errors.ts';
import type { SurveyLinks } from './survey-links.ts';
import {
  AnswerBody,
  InvitationTokenQuery,
  NewQuestionnaireBody,
  NewRoundBody,
  NewVersionBody,
  QuestionnaireSchema,
  QuestionnaireVersionSchema,
  RoundResultsSchema,
  SurveyFormSchema,
  SurveyResponseSchema,
  SurveyRoundSchema,
} from './survey-schemas.ts';
import type { SurveyService } from './survey-service.ts';

const tags = ['programme'];
const adminTags = ['admin', 'programme'];
const security = [{ bearerAuth: [] }];
const IdParam = Type.Object({ id: Type.String({ format: 'uuid' }) });
const EnterpriseRoundParams = Type.Object({ id: Type.String({ format: 'uuid' }), roundId: Type.String({ format: 'uuid' }) });

/** The enterprise survey: staff build questionnaires and open rounds; enterprises answer in the workspace or through their link. */
export function surveyRoutes(deps: { survey: SurveyService; links: SurveyLinks; enterprises: Pick<EnterprisesApi, 'roleOf'> }) {
  const staff = requireRole('admin', 'moderator');
  const admin = requireRole('admin');
  const member = async (enterpriseId: string, userId: string) => {
    // not a member: as if there were nothing there
    if ((await deps.enterprises.roleOf(enterpriseId, userId)) === null) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
  };
  const invitationOf = (token: string) => {
    const invitationId = deps.links.invitationOf(token);
    if (!invitationId) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
    return invitationId;
  };

  return async (app: App) => {
    app.addSchema(QuestionnaireVersionSchema);
    app.addSchema(QuestionnaireSchema);
    app.addSchema(SurveyRoundSchema);
    app.addSchema(SurveyResponseSchema);
    app.addSchema(RoundResultsSchema);
    app.addSchema(SurveyFormSchema);

    app.get(
      '/admin/programme/questionnaires',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Các phiếu khảo sát và phiên bản mới nhất',
          security,
          response: { 200: Type.Array(Type.Ref('Questionnaire')), ...problemResponses(401, 403) },
        },
      },
      async () => deps.survey.questionnaires(),
    );

    app.post(
      '/admin/programme/questionnaires',
      {
        onRequest: admin,
        schema: {
          tags: adminTags,
          summary: 'Tạo phiếu khảo sát (phiên bản 1) (admins)',
          security,
          body: NewQuestionnaireBody,
          response: { 201: Type.Ref('Questionnaire'), ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return deps.survey.createQuestionnaire(principalOf(request), request.body);
      },
    );

    app.get(
      '/admin/programme/questionnaires/:id',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Một phiếu khảo sát và các phiên bản',
          security,
          params: IdParam,
          response: { 200: Type.Ref('Questionnaire'), ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => deps.survey.questionnaire(request.params.id),
    );

    app.get(
      '/admin/programme/questionnaire-versions/:id',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Các câu hỏi của một phiên bản',
          security,
          params: IdParam,
          response: { 200: Type.Ref('QuestionnaireVersion'), ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => deps.survey.version(request.params.id),
    );

    app.post(
      '/admin/programme/questionnaires/:id/versions',
      {
        onRequest: admin,
        schema: {
          tags: adminTags,
          summary:
            'Ghi phiên bản mới của phiếu: đợt đang mở dùng phiên bản này từ nay, câu trả lời cũ giữ phiên bản đã trả lời (admins)',
          security,
          params: IdParam,
          body: NewVersionBody,
          response: { 201: Type.Ref('Questionnaire'), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return deps.survey.addVersion(principalOf(request), request.params.id, request.body);
      },
    );

    app.get(
      '/admin/programme/survey-rounds',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Các đợt khảo sát',
          security,
          response: { 200: Type.Array(Type.Ref('SurveyRound')), ...problemResponses(401, 403) },
        },
      },
      async () => deps.survey.rounds(),
    );

    app.post(
      '/admin/programme/survey-rounds',
      {
        onRequest: admin,
        schema: {
          tags: adminTags,
          summary: 'Mở một đợt khảo sát cho một năm và mời doanh nghiệp (admins)',
          security,
          body: NewRoundBody,
          response: { 201: Type.Ref('SurveyRound'), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return deps.survey.openRound(principalOf(request), request.body);
      },
    );

    app.get(
      '/admin/programme/survey-rounds/:id',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Tiến độ và kết quả một đợt khảo sát',
          security,
          params: IdParam,
          response: { 200: Type.Ref('SurveyRoundResults'), ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => deps.survey.results(request.params.id),
    );

    app.get(
      '/admin/programme/survey-rounds/:id/responses',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Toàn bộ phiếu trả lời của một đợt, với phiên bản câu hỏi từng phiếu đã trả lời',
          security,
          params: IdParam,
          response: {
            200: Type.Object({
              responses: Type.Array(Type.Ref('SurveyResponse')),
              versions: Type.Array(Type.Ref('QuestionnaireVersion')),
            }),
            ...problemResponses(401, 403, 404),
          },
        },
      },
      async (request) => deps.survey.responses(request.params.id),
    );

    app.post(
      '/admin/programme/survey-rounds/:id/close',
      {
        onRequest: admin,
        schema: {
          tags: adminTags,
          summary: 'Kết thúc đợt khảo sát trước hạn (admins)',
          security,
          params: IdParam,
          response: { 200: Type.Ref('SurveyRound'), ...problemResponses(401, 403, 404, 409) },
        },
      },
      async (request) => deps.survey.closeRound(principalOf(request), request.params.id),
    );

    app.get(
      '/enterprises/:id/surveys',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Các đợt khảo sát đang mở mà doanh nghiệp trả lời được',
          security,
          params: IdParam,
          response: {
            200: Type.Array(Type.Intersect([Type.Ref('SurveyRound'), Type.Object({ hasAnswered: Type.Boolean() })])),
            ...problemResponses(401, 404),
          },
        },
      },
      async (request) => {
        await member(request.params.id, principalOf(request).userId);
        return deps.survey.openRoundsFor(request.params.id);
      },
    );

    app.get(
      '/enterprises/:id/surveys/:roundId',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Phiếu khảo sát của một đợt và câu trả lời của doanh nghiệp',
          security,
          params: EnterpriseRoundParams,
          response: { 200: Type.Ref('SurveyForm'), ...problemResponses(401, 404) },
        },
      },
      async (request) => {
        await member(request.params.id, principalOf(request).userId);
        return deps.survey.formForEnterprise(request.params.id, request.params.roundId);
      },
    );

    app.put(
      '/enterprises/:id/surveys/:roundId/response',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Doanh nghiệp trả lời (hoặc sửa câu trả lời khi đợt còn mở)',
          security,
          params: EnterpriseRoundParams,
          body: AnswerBody,
          response: { 200: Type.Ref('SurveyResponse'), ...problemResponses(400, 401, 404, 409) },
        },
      },
      async (request) => {
        await member(request.params.id, principalOf(request).userId);
        return deps.survey.answerAsEnterprise(principalOf(request), request.params.id, request.params.roundId, request.body);
      },
    );

    app.get(
      '/programme/surveys/invitation',
      {
        schema: {
          tags,
          summary: 'Phiếu khảo sát mở bằng đường dẫn đã ký gửi qua email (doanh nghiệp chưa đăng ký trên Sàn)',
          querystring: InvitationTokenQuery,
          response: { 200: Type.Ref('SurveyForm'), ...problemResponses(400, 404) },
        },
      },
      async (request) => deps.survey.formForInvitation(invitationOf(request.query.token)),
    );

    app.put(
      '/programme/surveys/invitation/response',
      {
        schema: {
          tags,
          summary: 'Trả lời khảo sát bằng đường dẫn đã ký',
          querystring: InvitationTokenQuery,
          body: AnswerBody,
          response: { 200: Type.Ref('SurveyResponse'), ...problemResponses(400, 404, 409) },
        },
      },
      async (request) => deps.survey.answerAsInvitation(invitationOf(request.query.token), request.body),
    );
  };
}
