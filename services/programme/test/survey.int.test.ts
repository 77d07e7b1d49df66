import {
  ADMIN,
  approvedEnterprise,
  as,
  countRows,
  createTestMarketplace,
  enterpriseBody,
  expectProblem,
  linkToken,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let ownerA: Person;
let ownerB: Person;
let outsider: Person;
let enterpriseA: string;
let enterpriseB: string;
let questionnaireId: string;
let roundId: string;
const YEAR = 2031;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  ownerA = await signUp(t, 'chu@toi-khao-sat.vn');
  ownerB = await signUp(t, 'chu@duong-phen-khao-sat.vn');
  outsider = await signUp(t, 'nguoi-ngoai@khao-sat.vn');
  enterpriseA = await approvedEnterprise(t, ownerA, admin, 'HTX Tỏi Khảo Sát');
  enterpriseB = await approvedEnterprise(t, ownerB, admin, 'Cơ sở Đường Phèn Khảo Sát', 'household');
}, 120_000);
afterAll(() => t?.close());

const api = (method: 'GET' | 'POST' | 'PUT', url: string, who: Person | null, body?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...as(who, body) });

/** Answers to the shipped questionnaire: e-mail yes or no, selling on an exchange or not. */
const answers = (email: 'yes' | 'no', exchange: boolean) => ({
  aware_ecommerce: 'yes',
  use_email: email,
  online_channels: exchange ? ['exchange', 'social'] : ['social'],
  management_software: ['accounting'],
  employees: 12,
});

describe('the enterprise survey', () => {
  it('ships the questionnaire whose questions measure the survey indicators', async () => {
    const list = (await api('GET', '/admin/programme/questionnaires', admin)).json();
    expect(list).toHaveLength(1);
    questionnaireId = list[0].id;
    expect(list[0].latest.version).toBe(1);
    const fed = list[0].latest.questions.flatMap(
      (question: { feeds?: { indicator: string } }) => question.feeds?.indicator ?? [],
    );
    expect(fed).toEqual(['aware_enterprises', 'use_email', 'sell_on_exchanges', 'management_software']);
  });

  it('lets admins only write questionnaires, and refuses questions that cannot be answered or counted, writing nothing', async () => {
    const good = {
      title: 'Phiếu thử nghiệm',
      questions: [
        {
          key: 'q1',
          text: 'Có website không?',
          kind: 'single',
          required: true,
          options: [
            { value: 'yes', label: 'Có' },
            { value: 'no', label: 'Không' },
          ],
        },
      ],
    };
    expectProblem(await api('POST', '/admin/programme/questionnaires', ownerA, good), 403);
    expectProblem(await api('POST', '/admin/programme/questionnaires', null, good), 401);
    const bad = (question: object) => api('POST', '/admin/programme/questionnaires', admin, { ...good, questions: [question] });
    const base = good.questions[0] as object;
    expectProblem(await bad({ ...base, options: [{ value: 'yes', label: 'Có' }] }), 400);
    expectProblem(await bad({ ...base, feeds: { indicator: 'trading_online', options: ['yes'] } }), 400);
    expectProblem(await bad({ ...base, feeds: { indicator: 'use_email', options: ['maybe'] } }), 400);
    expectProblem(await bad({ ...base, kind: 'number', min: 5, max: 1 }), 400);
    expectProblem(await bad({ ...base, key: 'Có dấu' }), 400);
    expectProblem(await api('POST', '/admin/programme/questionnaires', admin, { ...good, questions: [base, base] }), 400);
    expect(await countRows(t, 'programme.questionnaires')).toBe(1);
    expect(await countRows(t, 'programme.questionnaire_versions')).toBe(1);
  });

  it('opens a round that invites the enterprises on the exchange and those listed, and mails each once', async () => {
    const round = {
      questionnaireId,
      year: YEAR,
      title: `Khảo sát ứng dụng TMĐT năm ${YEAR}`,
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      inviteRegistered: true,
      invitees: [
        { email: 'ChuCoSo@MachNha.vn', name: 'Cơ sở Mạch Nha Thu Xà', wardCode: '21548', sector: 'Thực phẩm' },
        { email: 'que@traque.vn', name: 'Tổ hợp tác Quế Trà Bồng' },
      ],
    };
    expectProblem(await api('POST', '/admin/programme/survey-rounds', ownerA, round), 403);
    expectProblem(
      await api('POST', '/admin/programme/survey-rounds', admin, {
        ...round,
        closesAt: new Date(Date.now() - 1000).toISOString(),
      }),
      400,
    );
    expectProblem(
      await api('POST', '/admin/programme/survey-rounds', admin, {
        ...round,
        invitees: [{ email: 'x@y.vn', name: 'Xa', wardCode: '00001' }],
      }),
      400,
    );
    expect(await countRows(t, 'programme.survey_rounds')).toBe(0);

    const opened = await api('POST', '/admin/programme/survey-rounds', admin, round);
    expect(opened.statusCode).toBe(201);
    roundId = opened.json().id;
    // the two enterprises share a contact address: each is still invited, by its id
    expect(opened.json()).toMatchObject({ invited: 4, answered: 0, isOpen: true });

    expect(await t.programme.survey.claimDueMails(new Date())).toBe(4);
    // not due again until the reminder interval has passed
    expect(await t.programme.survey.claimDueMails(new Date())).toBe(0);
    const [invitation] = await waitForMailTo(t, 'chucoso@machnha.vn', 'Mời trả lời');
    expect(invitation?.text).toContain('/khao-sat/tra-loi?token=');
    const [workspaceMail] = await waitForMailTo(t, 'lienhe@example.vn', 'Mời trả lời');
    expect(workspaceMail?.text).toMatch(new RegExp(`/kenh-nguoi-ban/(${enterpriseA}|${enterpriseB})/khao-sat/${roundId}`));
  });

  it('takes an enterprise’s answer in its workspace, checked against the questions, for its members only', async () => {
    const form = (await api('GET', `/enterprises/${enterpriseA}/surveys/${roundId}`, ownerA)).json();
    expect(form.version.version).toBe(1);
    expect(form.response).toBeNull();
    expect((await api('GET', `/enterprises/${enterpriseA}/surveys`, ownerA)).json()).toEqual([
      expect.objectContaining({ id: roundId, hasAnswered: false }),
    ]);
    const url = `/enterprises/${enterpriseA}/surveys/${roundId}/response`;
    expectProblem(await api('GET', `/enterprises/${enterpriseA}/surveys/${roundId}`, outsider), 404);
    expectProblem(await api('PUT', url, outsider, { versionId: form.version.id, answers: answers('yes', true) }), 404);
    expectProblem(await api('PUT', url, ownerB, { versionId: form.version.id, answers: answers('yes', true) }), 404);
    const { use_email: _left, ...missing } = answers('yes', true);
    expectProblem(await api('PUT', url, ownerA, { versionId: form.version.id, answers: missing }), 400);
    expectProblem(
      await api('PUT', url, ownerA, { versionId: form.version.id, answers: { ...answers('yes', true), use_email: 'maybe' } }),
      400,
    );
    expectProblem(
      await api('PUT', url, ownerA, { versionId: form.version.id, answers: { ...answers('yes', true), employees: -1 } }),
      400,
    );
    expectProblem(
      await api('PUT', url, ownerA, { versionId: form.version.id, answers: { ...answers('yes', true), invented: 'x' } }),
      400,
    );
    expect(await countRows(t, 'programme.survey_responses')).toBe(0);

    const saved = await api('PUT', url, ownerA, { versionId: form.version.id, answers: answers('yes', true) });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, enterpriseId: enterpriseA, wardCode: '21548' });
  });

  it('keeps the version an answer answered when staff write a new one; a form of the old version is sent back', async () => {
    const v1 = (await api('GET', `/admin/programme/questionnaires/${questionnaireId}`, admin)).json().latest;
    const changed = v1.questions.map((question: { key: string; text: string }) =>
      question.key === 'use_email'
        ? { ...question, text: 'Doanh nghiệp có dùng email (thư điện tử) để giao dịch không?' }
        : question,
    );
    const v2 = [
      ...changed,
      {
        key: 'has_website',
        text: 'Doanh nghiệp có website riêng không?',
        kind: 'single',
        required: false,
        options: [
          { value: 'yes', label: 'Có' },
          { value: 'no', label: 'Không' },
        ],
      },
    ];
    expectProblem(
      await api('POST', `/admin/programme/questionnaires/${questionnaireId}/versions`, ownerA, { questions: v2 }),
      403,
    );
    const written = await api('POST', `/admin/programme/questionnaires/${questionnaireId}/versions`, admin, {
      questions: v2,
      note: 'Thêm câu về website',
    });
    expect(written.statusCode).toBe(201);
    expect(written.json().latest.version).toBe(2);

    // B opened the form before the change: asked to read the new questions first
    const url = `/enterprises/${enterpriseB}/surveys/${roundId}/response`;
    const stale = await api('PUT', url, ownerB, { versionId: v1.id, answers: answers('no', false) });
    expectProblem(stale, 409);
    expect(stale.json().code).toBe('PROGRAMME_SURVEY_VERSION_CHANGED');
    const formB = (await api('GET', `/enterprises/${enterpriseB}/surveys/${roundId}`, ownerB)).json();
    expect(formB.version.version).toBe(2);
    expect(
      (
        await api('PUT', url, ownerB, { versionId: formB.version.id, answers: { ...answers('no', false), has_website: 'no' } })
      ).json().version,
    ).toBe(2);

    // A's answer still names version 1, whose questions are kept as they were
    const raw = (await api('GET', `/admin/programme/survey-rounds/${roundId}/responses`, admin)).json();
    const fromA = raw.responses.find((one: { enterpriseId: string }) => one.enterpriseId === enterpriseA);
    expect(fromA.version).toBe(1);
    const kept = raw.versions.find((version: { id: string }) => version.id === fromA.versionId);
    expect(kept.questions.find((question: { key: string }) => question.key === 'use_email').text).toBe(
      'Doanh nghiệp có dùng thư điện tử trong giao dịch với khách hàng, đối tác không?',
    );
    expect(kept.questions.some((question: { key: string }) => question.key === 'has_website')).toBe(false);
  });

  it('takes the answer of an enterprise not on the exchange through its signed link only', async () => {
    const [mail] = await waitForMailTo(t, 'chucoso@machnha.vn', 'Mời trả lời');
    const token = linkToken(mail?.text, '/khao-sat/tra-loi');
    const forged = `${token.slice(0, -3)}abc`;
    expectProblem(await api('GET', `/programme/surveys/invitation?token=${forged}`, null), 404);
    const opened = await api('GET', `/programme/surveys/invitation?token=${token}`, null);
    expect(opened.statusCode, opened.body).toBe(200);
    const form = opened.json();
    expect(form.respondent).toMatchObject({ name: 'Cơ sở Mạch Nha Thu Xà', wardCode: '21548', sector: 'Thực phẩm' });
    expect(form.version.version).toBe(2);
    const url = `/programme/surveys/invitation/response?token=${token}`;
    expectProblem(
      await api('PUT', url, null, { versionId: form.version.id, answers: answers('yes', false), wardCode: '99999' }),
      400,
    );
    const saved = await api('PUT', url, null, { versionId: form.version.id, answers: answers('yes', false) });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ enterpriseId: null, respondentName: 'Cơ sở Mạch Nha Thu Xà', version: 2 });
    // answering again while open corrects the answer (still one answer)
    expect((await api('PUT', url, null, { versionId: form.version.id, answers: answers('yes', true) })).statusCode).toBe(200);
    expect(await countRows(t, `programme.survey_responses WHERE round_id = '${roundId}'`)).toBe(3);
  });

  it('shows a round’s results while it is open, and leaves the year’s figures to staff until it closes', async () => {
    const figure = await api('PUT', `/admin/programme/figures/use_email/${YEAR}`, admin, {
      value: 40,
      source: 'Khảo sát của Sở (giấy)',
    });
    expect(figure.statusCode).toBe(200);
    const statistics = (await api('GET', `/admin/programme/statistics?year=${YEAR}`, admin)).json();
    const of = (code: string) => statistics.indicators.find((one: { code: string }) => one.code === code);
    expect(of('use_email')).toMatchObject({ value: 40, source: 'Khảo sát của Sở (giấy)' });
    expect(of('sell_on_exchanges').value).toBeNull();
    // another year is untouched
    const before = (await api('GET', `/admin/programme/statistics?year=${YEAR - 1}`, admin)).json();
    expect(before.indicators.find((one: { code: string }) => one.code === 'use_email').value).toBeNull();

    const results = (await api('GET', `/admin/programme/survey-rounds/${roundId}`, admin)).json();
    expect(results.round).toMatchObject({ invited: 4, answered: 3 });
    const email = results.questions.find((question: { key: string }) => question.key === 'use_email');
    expect(email.text).toBe('Doanh nghiệp có dùng email (thư điện tử) để giao dịch không?');
    expect(email.options).toEqual([
      { value: 'yes', label: 'Có', count: 2 },
      { value: 'no', label: 'Không', count: 1 },
    ]);
    expect(results.questions.find((question: { key: string }) => question.key === 'employees').mean).toBe(12);
    expect(
      results.invitations.filter((one: { answered: boolean }) => !one.answered).map((one: { name: string }) => one.name),
    ).toEqual(['Tổ hợp tác Quế Trà Bồng']);
  });

  it('reminds only who has not answered, every interval, a few times, and never after the round closes', async () => {
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
    expect(await t.programme.survey.claimDueMails(inDays(8))).toBe(1);
    await waitForMailTo(t, 'que@traque.vn', 'Nhắc trả lời');
    expect(await t.programme.survey.claimDueMails(inDays(9))).toBe(0);
    expect(await t.programme.survey.claimDueMails(inDays(16))).toBe(1);
    expect(await t.programme.survey.claimDueMails(inDays(24))).toBe(1);
    // the invitation and three reminders: no more
    expect(await t.programme.survey.claimDueMails(inDays(29))).toBe(0);

    expectProblem(await api('POST', `/admin/programme/survey-rounds/${roundId}/close`, ownerA), 403);
    expect((await api('POST', `/admin/programme/survey-rounds/${roundId}/close`, admin)).json().isOpen).toBe(false);
    expectProblem(await api('POST', `/admin/programme/survey-rounds/${roundId}/close`, admin), 409);
    const form = (await api('GET', `/enterprises/${enterpriseA}/surveys/${roundId}`, ownerA)).json();
    // closed: the form shows the questions A answered
    expect(form.version.version).toBe(1);
    const late = await api('PUT', `/enterprises/${enterpriseA}/surveys/${roundId}/response`, ownerA, {
      versionId: form.version.id,
      answers: answers('no', false),
    });
    expectProblem(late, 409);
    expect(late.json().code).toBe('PROGRAMME_SURVEY_CLOSED');
    expect((await api('GET', `/enterprises/${enterpriseA}/surveys`, ownerA)).json()).toEqual([]);

    // closed: the answers are the year's figures, over both versions — A (e-mail yes, exchange yes), B (no, no), Mạch Nha (yes, yes)
    const statistics = (await api('GET', `/admin/programme/statistics?year=${YEAR}`, admin)).json();
    const of = (code: string) => statistics.indicators.find((one: { code: string }) => one.code === code);
    expect(of('use_email')).toMatchObject({ numerator: 2, denominator: 3, value: 66.7 });
    expect(of('sell_on_exchanges')).toMatchObject({ numerator: 2, denominator: 3, value: 66.7 });
    expect(of('aware_enterprises')).toMatchObject({ numerator: 3, denominator: 3, value: 100 });
    expect(of('use_email').source).toBe(`Khảo sát ứng dụng TMĐT năm ${YEAR} (3 doanh nghiệp trả lời)`);
    expect(of('use_email').byWard.reduce((sum: number, group: { total: number }) => sum + group.total, 0)).toBe(3);
    expect(of('use_email').bySector.find((group: { key: string }) => group.key === 'Thực phẩm')).toMatchObject({
      count: 1,
      total: 1,
    });
  });

  it('counts each enterprise once a year, by its latest answer, and only the province’s enterprises', async () => {
    const second = await api('POST', '/admin/programme/survey-rounds', admin, {
      questionnaireId,
      year: YEAR,
      title: `Khảo sát bổ sung năm ${YEAR}`,
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      inviteRegistered: false,
      invitees: [],
    });
    const id = second.json().id;
    const form = (await api('GET', `/enterprises/${enterpriseB}/surveys/${id}`, ownerB)).json();
    // B changed its mind: it now uses e-mail
    const url = `/enterprises/${enterpriseB}/surveys/${id}/response`;
    expect((await api('PUT', url, ownerB, { versionId: form.version.id, answers: answers('yes', false) })).statusCode).toBe(200);
    // a seller from another province may sell here, but is not asked the province's survey
    const owner = await signUp(t, 'chu@ngoai-tinh-khao-sat.vn');
    const elsewhere = (
      await api('POST', '/enterprises', owner, {
        ...enterpriseBody({ name: 'Công ty Hà Nội Khảo Sát' }),
        address: { provinceCode: '01', wardCode: '00004', street: 'Phố Hàng Bạc' },
      })
    ).json().id;
    await api('POST', `/admin/enterprises/${elsewhere}/approve`, admin);
    const refused = await api('PUT', `/enterprises/${elsewhere}/surveys/${id}/response`, owner, {
      versionId: form.version.id,
      answers: answers('yes', true),
    });
    expectProblem(refused, 403);
    expect(refused.json().code).toBe('PROGRAMME_SURVEY_OUT_OF_PROVINCE');
    await api('POST', `/admin/programme/survey-rounds/${id}/close`, admin);

    const statistics = (await api('GET', `/admin/programme/statistics?year=${YEAR}`, admin)).json();
    const email = statistics.indicators.find((one: { code: string }) => one.code === 'use_email');
    expect(email).toMatchObject({ numerator: 3, denominator: 3, value: 100 });
    expect(email.source).toContain('(3 doanh nghiệp trả lời)');
  });
});
