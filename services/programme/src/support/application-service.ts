import { randomUUID } from 'node:crypto';
import type { AuditLog } from '@tradeqn/audit';
import { type Db, type Executor, isUniqueViolation } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { OutboxWriter } from '@tradeqn/events';
import { DOCUMENT_TYPES, type FileStore, sniffAllowedType } from '@tradeqn/storage';
import { isCalendarDate, stripInvisible, vnDateOf } from '@tradeqn/vn';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { ProgrammeEvents } from '../contract/events.ts';
import { supportApplicationEvents, supportApplications, supportDocuments, supportLines } from '../db/support-schema.ts';
import { programmeErrors } from '../programme-errors.ts';
import { type Shares, settlePayment } from './budget-rules.ts';
import type { BudgetService } from './budget-service.ts';
import type { ApplicationDto, ApplicationSummaryDto, NewApplicationInput, PaymentInput } from './support-schemas.ts';
import { type ApplicationAction, type ApplicationStatus, nextStatus } from './support-states.ts';
import type { UploadedDocument } from './support-upload.ts';

type Person = { userId: string; roles: string[] };
type ApplicationRow = typeof supportApplications.$inferSelect;
type StoredDocument = { id: string; fileKey: string; fileName: string; contentType: string; sizeBytes: number };

const isStaff = (actor: Person) => actor.roles.includes('admin') || actor.roles.includes('moderator');

/** A file name as kept and shown: no invisible or control characters, no path, at most 120 characters. */
function safeFileName(name: string): string {
  const cleaned = stripInvisible(name)
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}/\\]/gu, '_')
    .trim();
  return Array.from(cleaned).slice(-120).join('') || 'tai-lieu';
}

const sharesOf = (row: Pick<ApplicationRow, 'provincialShare' | 'centralShare' | 'enterpriseShare'>): Shares => ({
  provincial: row.provincialShare,
  central: row.centralShare,
  enterprise: row.enterpriseShare,
});

function presentSummary(row: ApplicationRow): ApplicationSummaryDto {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    lineCode: row.lineCode,
    lineNameVi: row.lineNameVi,
    lineNameEn: row.lineNameEn,
    year: row.year,
    status: row.status as ApplicationStatus,
    amount: row.amount,
    provincialShare: row.provincialShare,
    centralShare: row.centralShare,
    enterpriseShare: row.enterpriseShare,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const invalid = (path: string, en: string, vi: string) =>
  programmeErrors.PROGRAMME_INVALID_INPUT({ vi, en }, [{ path, message: en }]);

/**
 * Support applications, an online public service: a verified enterprise's member applies for a
 * support line with documents; staff ask for more, approve (committing the budget), reject with
 * a reason, and record the payment. Each step is one transaction with its history entry, its
 * audit record and the event that mails the applicant.
 */
export function createApplicationService(deps: {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
  files: FileStore;
  budget: BudgetService;
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'roleOf'>;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());

  /** The enterprise's member (404 to anyone else, as for an enterprise that does not exist). */
  async function memberOf(actor: Person, enterpriseId: string) {
    const [enterprise, role] = await Promise.all([
      deps.enterprises.getEnterprise(enterpriseId),
      deps.enterprises.roleOf(enterpriseId, actor.userId),
    ]);
    if (!enterprise || !role) throw programmeErrors.PROGRAMME_APPLICATION_NOT_FOUND();
    return enterprise;
  }

  /** The application, when it belongs to the enterprise (any other: 404). */
  async function ownApplication(enterpriseId: string, id: string, tx: Executor = deps.db): Promise<ApplicationRow> {
    const [row] = await tx
      .select()
      .from(supportApplications)
      .where(and(eq(supportApplications.id, id), eq(supportApplications.enterpriseId, enterpriseId)));
    if (!row) throw programmeErrors.PROGRAMME_APPLICATION_NOT_FOUND();
    return row;
  }

  async function detail(row: ApplicationRow): Promise<ApplicationDto> {
    const [documents, history] = await Promise.all([
      deps.db
        .select()
        .from(supportDocuments)
        .where(eq(supportDocuments.applicationId, row.id))
        .orderBy(asc(supportDocuments.uploadedAt)),
      deps.db
        .select()
        .from(supportApplicationEvents)
        .where(eq(supportApplicationEvents.applicationId, row.id))
        .orderBy(asc(supportApplicationEvents.createdAt)),
    ]);
    return {
      ...presentSummary(row),
      description: row.description,
      rejectionReason: row.rejectionReason,
      payment:
        row.paidAmount !== null && row.paidOn !== null
          ? { amount: row.paidAmount, paidOn: row.paidOn, reference: row.paymentReference ?? '' }
          : null,
      documents: documents.map((document) => ({
        id: document.id,
        fileName: safeFileName(document.fileName),
        contentType: document.contentType,
        sizeBytes: document.sizeBytes,
        uploadedAt: document.uploadedAt.toISOString(),
      })),
      history: history.map((entry) => ({
        action: entry.action as ApplicationAction,
        fromStatus: (entry.fromStatus as ApplicationStatus | null) ?? null,
        toStatus: entry.toStatus as ApplicationStatus,
        message: entry.message,
        byStaff: entry.byStaff,
        at: entry.createdAt.toISOString(),
      })),
    };
  }

  /** Reads every file's real type before any is stored: one bad file refuses the whole request. */
  async function checkFiles(files: UploadedDocument[]) {
    const checked = [];
    for (const file of files) {
      const type = await sniffAllowedType(file.data, DOCUMENT_TYPES);
      if (!type) {
        throw programmeErrors.PROGRAMME_FILE_TYPE({
          vi: `Tệp “${safeFileName(file.fileName)}” không phải PDF, JPEG hoặc PNG`,
          en: `“${safeFileName(file.fileName)}” is not a PDF, JPEG or PNG file`,
        });
      }
      checked.push({ ...file, type });
    }
    return checked;
  }

  async function storeFiles(applicationId: string, files: Awaited<ReturnType<typeof checkFiles>>): Promise<StoredDocument[]> {
    const stored: StoredDocument[] = [];
    try {
      for (const file of files) {
        const id = randomUUID();
        const fileKey = `private/support-applications/${applicationId}/${id}.${file.type.ext}`;
        await deps.files.put(fileKey, file.data, file.type.mime);
        stored.push({
          id,
          fileKey,
          fileName: safeFileName(file.fileName),
          contentType: file.type.mime,
          sizeBytes: file.data.length,
        });
      }
    } catch (error) {
      await discard(stored);
      throw error;
    }
    return stored;
  }

  async function discard(stored: StoredDocument[]): Promise<void> {
    await Promise.all(stored.map((document) => deps.files.delete(document.fileKey).catch(() => {})));
  }

  /** Runs `work` in a transaction with the files stored first; a failed transaction leaves no file behind. */
  async function withFiles<T>(applicationId: string, files: UploadedDocument[], work: (stored: StoredDocument[]) => Promise<T>) {
    const stored = await storeFiles(applicationId, await checkFiles(files));
    try {
      return await work(stored);
    } catch (error) {
      await discard(stored);
      throw error;
    }
  }

  async function insertDocuments(tx: Executor, applicationId: string, actor: Person, stored: StoredDocument[]) {
    if (stored.length === 0) return;
    await tx.insert(supportDocuments).values(
      stored.map((document) => ({
        id: document.id,
        applicationId,
        fileKey: document.fileKey,
        fileName: document.fileName,
        contentType: document.contentType,
        sizeBytes: document.sizeBytes,
        uploadedBy: actor.userId,
      })),
    );
  }

  /** The history entry, the audit record and the applicant's e-mail of one step, in its transaction. */
  async function record(
    tx: Executor,
    actor: Person,
    step: {
      applicationId: string;
      action: ApplicationAction;
      from: ApplicationStatus | null;
      to: ApplicationStatus;
      message?: string | null;
    },
    details: Record<string, unknown> = {},
  ) {
    const [entry] = await tx
      .insert(supportApplicationEvents)
      .values({
        applicationId: step.applicationId,
        action: step.action,
        fromStatus: step.from,
        toStatus: step.to,
        message: step.message ?? null,
        actorId: actor.userId,
        byStaff: step.action !== 'submit' && step.action !== 'answer',
        createdAt: now(),
      })
      .returning({ id: supportApplicationEvents.id });
    if (!entry) throw new Error('history entry not inserted');
    await deps.audit.record(tx, {
      entityType: 'support-application',
      entityId: step.applicationId,
      action: step.action,
      actor,
      details: { from: step.from, to: step.to, ...details },
    });
    await deps.outbox.write(tx, ProgrammeEvents.supportApplicationChanged, {
      applicationId: step.applicationId,
      historyId: entry.id,
    });
  }

  /**
   * One staff or enterprise step: the application is locked, the step must be allowed from its
   * state (409 otherwise), and `apply` makes the step's own changes in the same transaction.
   */
  async function step(
    actor: Person,
    id: string,
    action: Exclude<ApplicationAction, 'submit'>,
    options: {
      enterpriseId?: string;
      message?: string | null;
      details?: Record<string, unknown>;
      apply?: (tx: Executor, row: ApplicationRow) => Promise<Partial<typeof supportApplications.$inferInsert>>;
      before?: (tx: Executor) => Promise<void>;
    },
  ): Promise<ApplicationRow> {
    return deps.db.transaction(async (tx) => {
      const where: SQL[] = [eq(supportApplications.id, id)];
      if (options.enterpriseId) where.push(eq(supportApplications.enterpriseId, options.enterpriseId));
      const [row] = await tx
        .select()
        .from(supportApplications)
        .where(and(...where))
        .for('update');
      if (!row) throw programmeErrors.PROGRAMME_APPLICATION_NOT_FOUND();
      const from = row.status as ApplicationStatus;
      const to = nextStatus(from, action);
      if (!to) {
        throw programmeErrors.PROGRAMME_APPLICATION_STATE({
          vi: `Không thể thực hiện thao tác này với hồ sơ ở trạng thái “${STATUS_VI[from]}”`,
          en: `This cannot be done to an application that is ${from}`,
        });
      }
      await options.before?.(tx);
      const changes = (await options.apply?.(tx, row)) ?? {};
      const [updated] = await tx
        .update(supportApplications)
        .set({ ...changes, status: to, updatedAt: now() })
        .where(eq(supportApplications.id, id))
        .returning();
      if (!updated) throw programmeErrors.PROGRAMME_APPLICATION_NOT_FOUND();
      await record(tx, actor, { applicationId: id, action, from, to, message: options.message ?? null }, options.details);
      return updated;
    });
  }

  return {
    /**
     * Refuses a person who may not apply for the enterprise (404 to a stranger, 403 while it is
     * unverified): routes ask before they read the upload, so a stranger's file is never taken in.
     */
    async authorizeApply(actor: Person, enterpriseId: string): Promise<void> {
      const enterprise = await memberOf(actor, enterpriseId);
      if (enterprise.status !== 'approved') throw programmeErrors.PROGRAMME_ENTERPRISE_NOT_VERIFIED();
    },

    /** Refuses a person who is not the enterprise's member, and an application that is not its own (404). */
    async authorizeMember(actor: Person, enterpriseId: string, id?: string): Promise<void> {
      await memberOf(actor, enterpriseId);
      if (id) await ownApplication(enterpriseId, id);
    },

    async apply(
      actor: Person,
      enterpriseId: string,
      input: NewApplicationInput,
      files: UploadedDocument[],
    ): Promise<ApplicationDto> {
      const enterprise = await memberOf(actor, enterpriseId);
      if (enterprise.status !== 'approved') throw programmeErrors.PROGRAMME_ENTERPRISE_NOT_VERIFIED();
      const [line] = await deps.db.select().from(supportLines).where(eq(supportLines.code, input.lineCode));
      if (!line?.isActive) {
        throw invalid(
          '/body/lineCode',
          'no such support line open to applications',
          'Tuyến hỗ trợ không tồn tại hoặc đã ngừng nhận hồ sơ',
        );
      }
      if (files.length === 0) throw programmeErrors.PROGRAMME_FILE_MISSING();
      const id = randomUUID();
      try {
        const row = await withFiles(id, files, (stored) =>
          deps.db.transaction(async (tx) => {
            const [inserted] = await tx
              .insert(supportApplications)
              .values({
                id,
                enterpriseId,
                enterpriseName: enterprise.name,
                applicantId: actor.userId,
                lineCode: line.code,
                lineNameVi: line.nameVi,
                lineNameEn: line.nameEn,
                year: input.year,
                description: input.description.trim(),
                status: 'submitted',
                amount: line.amount,
                provincialShare: line.provincialShare,
                centralShare: line.centralShare,
                enterpriseShare: line.enterpriseShare,
                createdAt: now(),
                updatedAt: now(),
              })
              .returning();
            if (!inserted) throw new Error('application not inserted');
            await insertDocuments(tx, id, actor, stored);
            await record(
              tx,
              actor,
              { applicationId: id, action: 'submit', from: null, to: 'submitted' },
              { enterpriseId, lineCode: line.code, year: input.year, documents: stored.length },
            );
            return inserted;
          }),
        );
        return detail(row);
      } catch (error) {
        if (isUniqueViolation(error)) throw programmeErrors.PROGRAMME_APPLICATION_DUPLICATE();
        throw error;
      }
    },

    async listOfEnterprise(actor: Person, enterpriseId: string): Promise<ApplicationSummaryDto[]> {
      await memberOf(actor, enterpriseId);
      const rows = await deps.db
        .select()
        .from(supportApplications)
        .where(eq(supportApplications.enterpriseId, enterpriseId))
        .orderBy(desc(supportApplications.createdAt))
        .limit(200);
      return rows.map(presentSummary);
    },

    async getOfEnterprise(actor: Person, enterpriseId: string, id: string): Promise<ApplicationDto> {
      await memberOf(actor, enterpriseId);
      return detail(await ownApplication(enterpriseId, id));
    },

    /** The enterprise answers a request for more information, with documents if it has them: back under review. */
    async answer(
      actor: Person,
      enterpriseId: string,
      id: string,
      message: string,
      files: UploadedDocument[],
    ): Promise<ApplicationDto> {
      await memberOf(actor, enterpriseId);
      await ownApplication(enterpriseId, id);
      const row = await withFiles(id, files, (stored) =>
        step(actor, id, 'answer', {
          enterpriseId,
          message: message.trim(),
          details: { documents: stored.length },
          apply: async (tx) => {
            await insertDocuments(tx, id, actor, stored);
            return {};
          },
        }),
      );
      return detail(row);
    },

    /** A document of the application, to its enterprise's members (`enterpriseId` given) or to staff. */
    async documentFile(actor: Person, id: string, documentId: string, enterpriseId?: string) {
      if (enterpriseId) {
        await memberOf(actor, enterpriseId);
        await ownApplication(enterpriseId, id);
      } else if (!isStaff(actor)) {
        throw programmeErrors.PROGRAMME_APPLICATION_NOT_FOUND();
      }
      const [document] = await deps.db
        .select()
        .from(supportDocuments)
        .where(and(eq(supportDocuments.id, documentId), eq(supportDocuments.applicationId, id)));
      const file = document && (await deps.files.get(document.fileKey));
      if (!document || !file) throw programmeErrors.PROGRAMME_DOCUMENT_NOT_FOUND();
      return { ...file, fileName: safeFileName(document.fileName) };
    },

    /** Staff's queue: every enterprise's applications, oldest waiting first. */
    async list(query: { status?: ApplicationStatus | undefined; year?: number | undefined }): Promise<ApplicationSummaryDto[]> {
      const where: SQL[] = [];
      if (query.status) where.push(eq(supportApplications.status, query.status));
      if (query.year) where.push(eq(supportApplications.year, query.year));
      const rows = await deps.db
        .select()
        .from(supportApplications)
        .where(where.length ? and(...where) : undefined)
        .orderBy(asc(supportApplications.updatedAt))
        .limit(500);
      return rows.map(presentSummary);
    },

    async get(id: string): Promise<ApplicationDto> {
      const [row] = await deps.db.select().from(supportApplications).where(eq(supportApplications.id, id));
      if (!row) throw programmeErrors.PROGRAMME_APPLICATION_NOT_FOUND();
      return detail(row);
    },

    async askMore(actor: Person, id: string, message: string): Promise<ApplicationDto> {
      return detail(await step(actor, id, 'ask_more', { message: message.trim() }));
    },

    /** Commits the application's shares against its year's plan: refused (409) and nothing changed when a source falls short. */
    async approve(actor: Person, id: string): Promise<ApplicationDto> {
      const row = await step(actor, id, 'approve', {
        apply: async (tx, application) => {
          await deps.budget.commit(tx, application.year, sharesOf(application));
          return {};
        },
      });
      return detail(row);
    },

    async reject(actor: Person, id: string, reason: string): Promise<ApplicationDto> {
      const trimmed = reason.trim();
      return detail(
        await step(actor, id, 'reject', {
          message: trimmed,
          details: { reason: trimmed },
          apply: async () => ({ rejectionReason: trimmed }),
        }),
      );
    },

    /** The disbursement: at most the state's support (provincial and central); the unspent part of the commitment is released. */
    async pay(actor: Person, id: string, input: PaymentInput): Promise<ApplicationDto> {
      if (!isCalendarDate(input.paidOn)) throw invalid('/body/paidOn', 'not a calendar date', 'Ngày chi không hợp lệ');
      if (input.paidOn > vnDateOf(now()))
        throw invalid('/body/paidOn', 'cannot be in the future', 'Ngày chi không được sau hôm nay');
      const row = await step(actor, id, 'pay', {
        details: { amount: input.amount, paidOn: input.paidOn, reference: input.reference.trim() },
        apply: async (tx, application) => {
          const shares = sharesOf(application);
          const state = shares.provincial + shares.central;
          if (input.amount > state) {
            throw invalid(
              '/body/amount',
              `at most the state's support, ${state} đồng`,
              `Số tiền chi không được vượt phần hỗ trợ từ ngân sách (${state.toLocaleString('vi-VN')} ₫)`,
            );
          }
          const settled = settlePayment(shares, input.amount);
          await deps.budget.settle(tx, application.year, shares, settled);
          return {
            paidAmount: input.amount,
            paidOn: input.paidOn,
            paymentReference: input.reference.trim(),
            paidProvincial: settled.provincial,
            paidCentral: settled.central,
            paidEnterprise: settled.enterprise,
          };
        },
      });
      return detail(row);
    },

    /** What the applicant's e-mail about a step says: the application, the step, and who to write to. */
    async mailFacts(applicationId: string, historyId: string) {
      const [row] = await deps.db.select().from(supportApplications).where(eq(supportApplications.id, applicationId));
      const [entry] = await deps.db
        .select()
        .from(supportApplicationEvents)
        .where(and(eq(supportApplicationEvents.id, historyId), eq(supportApplicationEvents.applicationId, applicationId)));
      if (!row || !entry) return null;
      return {
        application: presentSummary(row),
        applicantId: row.applicantId,
        rejectionReason: row.rejectionReason,
        paymentReference: row.paymentReference,
        entry,
      };
    },
  };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;

export const STATUS_VI: Record<ApplicationStatus, string> = {
  submitted: 'đã nộp',
  needs_more_info: 'cần bổ sung',
  resubmitted: 'đã bổ sung',
  approved: 'đã phê duyệt',
  rejected: 'bị từ chối',
  paid: 'đã giải ngân',
};
