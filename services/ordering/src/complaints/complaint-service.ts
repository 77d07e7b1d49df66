import { randomUUID } from 'node:crypto';
import type { Db, Executor } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeNewestCursor, isStaff, newestPage, type Principal } from '@tradeqn/kit';
import type { PaymentsApi } from '@tradeqn/payments/contract';
import { type FileStore, IMAGE_TYPES, sniffAllowedType } from '@tradeqn/storage';
import { OrderingEvents } from '../contract/index.ts';
import { orderErrors } from '../orders/order-errors.ts';
import type { OrderRepository } from '../orders/order-repository.ts';
import type { OrderingSettings } from '../settings.ts';
import { complaintErrors } from './complaint-errors.ts';
import {
  type ComplaintMessageRow,
  type ComplaintPhotoRow,
  type ComplaintRepository,
  type ComplaintRow,
  createComplaintRepository,
  type NewComplaintRow,
} from './complaint-repository.ts';
import {
  type ComplaintAction,
  type ComplaintDetailDto,
  type ComplaintDto,
  type ComplaintMessageDto,
  type ComplaintOutcome,
  type ComplaintPhotoDto,
  type ComplaintReason,
  type ComplaintStatus,
  MAX_COMPLAINT_PHOTOS,
} from './complaint-schemas.ts';

/** Who acts on a complaint: its buyer, a member of the selling enterprise, or province staff. */
export type ComplaintRole = 'buyer' | 'seller' | 'staff';

const OPEN_STATUSES = ['open', 'answered', 'mediation'] as const;

/** What each role may do, by the complaint's status: the one rule the routes and pages follow. */
export function allowedActions(status: ComplaintStatus, roles: readonly ComplaintRole[]): ComplaintAction[] {
  const has = (role: ComplaintRole) => roles.includes(role);
  const isOpen = status !== 'closed';
  const actions: ComplaintAction[] = [];
  if (has('seller') && status === 'open') actions.push('answer');
  if ((has('buyer') || has('seller')) && (status === 'open' || status === 'answered')) actions.push('mediation');
  if (has('buyer') && status === 'answered') actions.push('accept');
  if (has('buyer') && isOpen) actions.push('withdraw');
  if (roles.length > 0 && isOpen) actions.push('message');
  if (has('staff') && isOpen) actions.push('close');
  return actions;
}

/** Which roles may ever do an action (a refusal to them is about the status, not the person). */
const ROLES_FOR: Record<ComplaintAction, readonly ComplaintRole[]> = {
  answer: ['seller'],
  mediation: ['buyer', 'seller'],
  accept: ['buyer'],
  withdraw: ['buyer'],
  message: ['buyer', 'seller', 'staff'],
  close: ['staff'],
};

export interface ComplaintDeps {
  db: Db;
  outbox: OutboxWriter;
  files: FileStore;
  orders: Pick<OrderRepository, 'byId'>;
  enterprises: Pick<EnterprisesApi, 'roleOf'>;
  payments: Pick<PaymentsApi, 'refundOrder'>;
  settings: OrderingSettings['complaints'];
}

function toDto(row: ComplaintRow): ComplaintDto {
  return {
    id: row.id,
    orderId: row.orderId,
    orderCode: row.orderCode,
    orderTotal: row.orderTotal,
    buyerId: row.buyerId,
    enterprise: { id: row.enterpriseId, name: row.sellerName },
    reason: row.reason as ComplaintReason,
    text: row.body,
    status: row.status as ComplaintStatus,
    answerDueAt: row.answerDueAt.toISOString(),
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    mediationBy: row.mediationBy as ComplaintDto['mediationBy'],
    mediationAt: row.mediationAt?.toISOString() ?? null,
    outcome: row.outcome as ComplaintOutcome | null,
    resolution: row.resolution,
    refundAmount: row.refundAmount,
    refundedAmount: row.refundedAmount,
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function toPhotoDto(row: ComplaintPhotoRow): ComplaintPhotoDto {
  return {
    id: row.id,
    messageId: row.messageId,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    url: `/api/v1/complaints/${row.complaintId}/photos/${row.id}`,
  };
}

function toMessageDto(row: ComplaintMessageRow, photos: ComplaintPhotoRow[]): ComplaintMessageDto {
  return {
    id: row.id,
    authorRole: row.authorRole as ComplaintMessageDto['authorRole'],
    text: row.body,
    createdAt: row.createdAt.toISOString(),
    photos: photos.filter((photo) => photo.messageId === row.id).map(toPhotoDto),
  };
}

function eventOf(row: ComplaintRow) {
  return {
    complaintId: row.id,
    orderId: row.orderId,
    orderCode: row.orderCode,
    buyerId: row.buyerId,
    enterpriseId: row.enterpriseId,
    status: row.status,
  };
}

/**
 * Complaints about delivered orders: the buyer opens one, the seller answers within its
 * deadline, the buyer accepts or asks the province to mediate (or the deadline passes and the
 * province mediates by itself), and staff close it with an outcome. Every step writes its event
 * in the same transaction (the e-mails go from there); a refund goes through payments, once.
 */
export function createComplaintService(deps: ComplaintDeps) {
  const repo: ComplaintRepository = createComplaintRepository();

  async function rolesOn(principal: Principal, complaint: Pick<ComplaintRow, 'buyerId' | 'enterpriseId'>) {
    const roles: ComplaintRole[] = [];
    if (complaint.buyerId === principal.userId) roles.push('buyer');
    if ((await deps.enterprises.roleOf(complaint.enterpriseId, principal.userId)) !== null) roles.push('seller');
    if (isStaff(principal)) roles.push('staff');
    return roles;
  }

  /** The complaint, if the caller is one of its parties; 404 otherwise (its existence is not disclosed). */
  async function visible(principal: Principal, id: string) {
    const complaint = await repo.byId(deps.db, id);
    const roles = complaint ? await rolesOn(principal, complaint) : [];
    if (!complaint || roles.length === 0) throw complaintErrors.ORDERING_COMPLAINT_NOT_FOUND();
    return { complaint, roles };
  }

  /** The party may do this now, or a 403 (never theirs) or 409 (not in this status). */
  async function may(principal: Principal, id: string, action: ComplaintAction) {
    const found = await visible(principal, id);
    if (!found.roles.some((role) => ROLES_FOR[action].includes(role))) throw complaintErrors.ORDERING_COMPLAINT_FORBIDDEN();
    if (!allowedActions(found.complaint.status as ComplaintStatus, found.roles).includes(action)) {
      throw complaintErrors.ORDERING_COMPLAINT_STATE();
    }
    return found;
  }

  /** The role a person writes in: their own complaint first, then their enterprise's, then the province's. */
  const voiceOf = (roles: ComplaintRole[]): ComplaintRole => roles[0] ?? 'staff';

  /** One step from `from`: the row, its message, its event, all or nothing; a lost race is a 409. */
  async function step(
    id: string,
    from: readonly string[],
    patch: Partial<NewComplaintRow>,
    effects: (tx: Executor, row: ComplaintRow) => Promise<void>,
  ): Promise<ComplaintRow> {
    const moved = await deps.db.transaction(async (tx) => {
      const row = await repo.update(tx, id, from, patch);
      if (row) await effects(tx, row);
      return row;
    });
    if (!moved)
      throw complaintErrors.ORDERING_COMPLAINT_STATE({
        vi: 'Khiếu nại vừa được cập nhật bởi người khác',
        en: 'The complaint changed meanwhile',
      });
    return moved;
  }

  async function detail(principal: Principal, complaint: ComplaintRow, roles?: ComplaintRole[]): Promise<ComplaintDetailDto> {
    const [messages, photos, asRoles] = await Promise.all([
      repo.messagesOf(deps.db, complaint.id),
      repo.photosOf(deps.db, complaint.id),
      roles ? Promise.resolve(roles) : rolesOn(principal, complaint),
    ]);
    return {
      ...toDto(complaint),
      photos: photos.filter((photo) => photo.messageId === null).map(toPhotoDto),
      messages: messages.map((message) => toMessageDto(message, photos)),
      allowedActions: allowedActions(complaint.status as ComplaintStatus, asRoles),
    };
  }

  /** A refund outcome's money goes back through payments (once however often called) and is recorded. */
  async function applyRefund(complaint: ComplaintRow, actorId: string): Promise<void> {
    if (complaint.outcome !== 'refund' || complaint.refundAmount === null) return;
    const { refunded } = await deps.payments.refundOrder(
      complaint.orderId,
      actorId,
      `Khiếu nại đơn ${complaint.orderCode}: ${complaint.resolution ?? ''}`.trim(),
      complaint.refundAmount,
    );
    // of the request and the event's backstop, the one that opened the refund knows its amount; the other answers 0
    await repo.recordRefunded(deps.db, complaint.id, refunded);
  }

  /**
   * Refuses a person who may not add this photo (404, 403 or 409, as the upload itself would):
   * routes ask before they read the upload, so a stranger's file is never taken in. The
   * complaint's own photos are the buyer's; a message's are its author's.
   */
  async function authorizePhoto(principal: Principal, id: string, messageId: string | null) {
    const found = await may(principal, id, 'message');
    if (messageId === null && !found.roles.includes('buyer')) throw complaintErrors.ORDERING_COMPLAINT_FORBIDDEN();
    if (messageId !== null) {
      const message = await repo.messageById(deps.db, id, messageId);
      if (!message) throw complaintErrors.ORDERING_COMPLAINT_NOT_FOUND();
      if (message.authorId !== principal.userId) throw complaintErrors.ORDERING_COMPLAINT_FORBIDDEN();
    }
  }

  return {
    allowedActions,
    authorizePhoto,

    async open(principal: Principal, orderId: string, input: { reason: ComplaintReason; text: string }, now = new Date()) {
      const order = await deps.orders.byId(deps.db, orderId);
      const roles = order ? await rolesOn(principal, order) : [];
      if (!order || roles.length === 0) throw orderErrors.ORDERING_ORDER_NOT_FOUND();
      if (!roles.includes('buyer')) throw complaintErrors.ORDERING_COMPLAINT_FORBIDDEN();
      const deliveredAt = order.deliveredAt ?? order.completedAt;
      if (
        !(order.status === 'delivered' || order.status === 'completed') ||
        !deliveredAt ||
        now.getTime() - deliveredAt.getTime() > deps.settings.windowMs
      ) {
        throw complaintErrors.ORDERING_COMPLAINT_NOT_ALLOWED();
      }
      const created = await deps.db.transaction(async (tx) => {
        const row = await repo.insert(tx, {
          id: randomUUID(),
          orderId: order.id,
          orderCode: order.code,
          orderTotal: order.total,
          buyerId: order.buyerId,
          enterpriseId: order.enterpriseId,
          sellerName: order.seller.name,
          reason: input.reason,
          body: input.text,
          status: 'open',
          answerDueAt: new Date(now.getTime() + deps.settings.answerMs),
          createdAt: now,
          updatedAt: now,
        });
        if (row) await deps.outbox.write(tx, OrderingEvents.complaintOpened, eventOf(row));
        return row;
      });
      if (!created) throw complaintErrors.ORDERING_COMPLAINT_EXISTS();
      return detail(principal, created, ['buyer']);
    },

    async get(principal: Principal, id: string): Promise<ComplaintDetailDto> {
      const { complaint, roles } = await visible(principal, id);
      return detail(principal, complaint, roles);
    },

    /** The complaints of one order, for its parties (the order page shows them). */
    async ofOrder(principal: Principal, orderId: string): Promise<ComplaintDto[]> {
      const order = await deps.orders.byId(deps.db, orderId);
      const roles = order ? await rolesOn(principal, order) : [];
      if (!order || roles.length === 0) throw orderErrors.ORDERING_ORDER_NOT_FOUND();
      return (await repo.list(deps.db, { orderId, limit: 50 })).map(toDto);
    },

    async list(
      principal: Principal,
      query: { enterpriseId?: string; status?: string; scope?: 'mine' | 'all'; limit: number; cursor?: string },
    ) {
      let filter: { buyerId?: string; enterpriseId?: string } = { buyerId: principal.userId };
      if (query.enterpriseId) {
        const isMember = (await deps.enterprises.roleOf(query.enterpriseId, principal.userId)) !== null;
        if (!isMember && !isStaff(principal)) throw complaintErrors.ORDERING_COMPLAINT_FORBIDDEN();
        filter = { enterpriseId: query.enterpriseId };
      } else if (query.scope === 'all') {
        if (!isStaff(principal)) throw complaintErrors.ORDERING_COMPLAINT_FORBIDDEN();
        filter = {};
      }
      const after = query.cursor ? decodeNewestCursor(query.cursor) : undefined;
      const rows = await repo.list(deps.db, {
        ...filter,
        ...(query.status ? { status: query.status } : {}),
        ...(after ? { after } : {}),
        limit: query.limit,
      });
      const page = newestPage(rows, query.limit);
      return { items: page.rows.map(toDto), nextCursor: page.nextCursor };
    },

    async answer(principal: Principal, id: string, text: string) {
      await may(principal, id, 'answer');
      const now = new Date();
      const row = await step(
        id,
        ['open'],
        { status: 'answered', answer: text, answeredAt: now, answeredBy: principal.userId },
        async (tx, moved) => {
          await repo.addMessage(tx, {
            id: randomUUID(),
            complaintId: id,
            authorId: principal.userId,
            authorRole: 'seller',
            body: text,
            createdAt: now,
          });
          await deps.outbox.write(tx, OrderingEvents.complaintAnswered, eventOf(moved));
        },
      );
      return detail(principal, row);
    },

    async askMediation(principal: Principal, id: string, reason?: string) {
      const { roles } = await may(principal, id, 'mediation');
      const by = roles.includes('buyer') ? 'buyer' : 'seller';
      const now = new Date();
      const row = await step(
        id,
        ['open', 'answered'],
        { status: 'mediation', mediationBy: by, mediationAt: now },
        async (tx, moved) => {
          if (reason) {
            await repo.addMessage(tx, {
              id: randomUUID(),
              complaintId: id,
              authorId: principal.userId,
              authorRole: by,
              body: reason,
              createdAt: now,
            });
          }
          await deps.outbox.write(tx, OrderingEvents.complaintEscalated, { ...eventOf(moved), by });
        },
      );
      return detail(principal, row);
    },

    /** The buyer closes: satisfied with the seller's answer (`accept`), or no longer complaining (`withdraw`). */
    async closeByBuyer(principal: Principal, id: string, action: 'accept' | 'withdraw', reason?: string) {
      await may(principal, id, action);
      const from = action === 'accept' ? ['answered'] : OPEN_STATUSES;
      const outcome: ComplaintOutcome = action === 'accept' ? 'accepted' : 'withdrawn';
      const row = await step(
        id,
        from,
        {
          status: 'closed',
          outcome,
          resolution: reason ?? null,
          closedAt: new Date(),
          closedBy: principal.userId,
          closedByRole: 'buyer',
        },
        async (tx, moved) => {
          await deps.outbox.write(tx, OrderingEvents.complaintClosed, {
            ...eventOf(moved),
            outcome,
            refundAmount: null,
            closedBy: principal.userId,
            closedByRole: 'buyer',
          });
        },
      );
      return detail(principal, row);
    },

    /** Province staff decide: a refund (whole order or part of it), a return, or a rejection, with their reason. */
    async closeByStaff(
      principal: Principal,
      id: string,
      input: { outcome: 'refund' | 'return' | 'rejected'; reason: string; refundAmount?: number },
    ) {
      const { complaint } = await may(principal, id, 'close');
      if (input.refundAmount !== undefined && input.outcome !== 'refund') {
        throw orderErrors.ORDERING_INVALID_INPUT(undefined, [{ path: '/refundAmount', message: 'only with outcome refund' }]);
      }
      if (input.refundAmount !== undefined && input.refundAmount > complaint.orderTotal) {
        throw complaintErrors.ORDERING_COMPLAINT_REFUND_AMOUNT();
      }
      const refundAmount = input.outcome === 'refund' ? (input.refundAmount ?? complaint.orderTotal) : null;
      const now = new Date();
      const row = await step(
        id,
        OPEN_STATUSES,
        {
          status: 'closed',
          outcome: input.outcome,
          resolution: input.reason,
          refundAmount,
          closedAt: now,
          closedBy: principal.userId,
          closedByRole: 'staff',
        },
        async (tx, moved) => {
          await repo.addMessage(tx, {
            id: randomUUID(),
            complaintId: id,
            authorId: principal.userId,
            authorRole: 'staff',
            body: input.reason,
            createdAt: now,
          });
          await deps.outbox.write(tx, OrderingEvents.complaintClosed, {
            ...eventOf(moved),
            outcome: input.outcome,
            refundAmount,
            closedBy: principal.userId,
            closedByRole: 'staff',
          });
        },
      );
      // only the request that closed it gets here; the event's handler makes it certain after a crash
      await applyRefund(row, principal.userId);
      return detail(principal, (await repo.byId(deps.db, id)) ?? row);
    },

    /** The `closed` event's backstop: the refund is opened even if the process died after the commit. */
    async applyRefundOf(complaintId: string): Promise<void> {
      const complaint = await repo.byId(deps.db, complaintId);
      if (complaint?.closedBy) await applyRefund(complaint, complaint.closedBy);
    },

    async addMessage(principal: Principal, id: string, text: string): Promise<ComplaintMessageDto> {
      const { roles } = await may(principal, id, 'message');
      const authorRole = voiceOf(roles);
      const message = await deps.db.transaction(async (tx) => {
        const locked = await repo.lock(tx, id);
        if (!locked || locked.status === 'closed') return undefined;
        const row = await repo.addMessage(tx, {
          id: randomUUID(),
          complaintId: id,
          authorId: principal.userId,
          authorRole,
          body: text,
        });
        await deps.outbox.write(tx, OrderingEvents.complaintMessaged, { ...eventOf(locked), messageId: row.id, authorRole });
        return row;
      });
      if (!message) throw complaintErrors.ORDERING_COMPLAINT_STATE();
      return toMessageDto(message, []);
    },

    async addPhoto(principal: Principal, id: string, messageId: string | null, data: Buffer): Promise<ComplaintPhotoDto> {
      await authorizePhoto(principal, id, messageId);
      const type = await sniffAllowedType(data, IMAGE_TYPES);
      if (!type) throw complaintErrors.ORDERING_COMPLAINT_PHOTO_TYPE();
      const photoId = randomUUID();
      const fileKey = `private/complaints/${id}/${photoId}.${type.ext}`;
      await deps.files.put(fileKey, data, type.mime);
      try {
        const row = await deps.db.transaction(async (tx) => {
          const locked = await repo.lock(tx, id);
          if (!locked || locked.status === 'closed') throw complaintErrors.ORDERING_COMPLAINT_STATE();
          if ((await repo.countPhotos(tx, id, messageId)) >= MAX_COMPLAINT_PHOTOS) {
            throw complaintErrors.ORDERING_COMPLAINT_TOO_MANY_PHOTOS();
          }
          return repo.addPhoto(tx, {
            id: photoId,
            complaintId: id,
            messageId,
            fileKey,
            contentType: type.mime,
            sizeBytes: data.length,
            uploadedBy: principal.userId,
          });
        });
        return toPhotoDto(row);
      } catch (error) {
        // no row, no file: a refused photo leaves nothing behind
        await deps.files.delete(fileKey).catch(() => {});
        throw error;
      }
    },

    async photo(principal: Principal, id: string, photoId: string) {
      await visible(principal, id);
      const row = await repo.photoById(deps.db, id, photoId);
      const file = row && (await deps.files.get(row.fileKey));
      if (!row || !file) throw complaintErrors.ORDERING_COMPLAINT_NOT_FOUND();
      return file;
    },

    /** The seller let its deadline pass: the province mediates. Safe to run concurrently and again. */
    async escalateOverdue(now: Date): Promise<number> {
      return deps.db.transaction(async (tx) => {
        const rows = await repo.escalateOverdue(tx, now, 100);
        for (const row of rows) {
          await deps.outbox.write(tx, OrderingEvents.complaintEscalated, { ...eventOf(row), by: 'system' as const });
        }
        return rows.length;
      });
    },

    /** How many complaints are in each status, for the console's start page (the mediation queue first). */
    async summary(): Promise<Record<ComplaintStatus, number>> {
      const found = await repo.countsByStatus(deps.db);
      return { open: found.open ?? 0, answered: found.answered ?? 0, mediation: found.mediation ?? 0, closed: found.closed ?? 0 };
    },

    /** For the annual report: complaints received, and closed, in [from, to). */
    async counts(range: { from: Date; to: Date }) {
      return repo.counts(deps.db, range.from, range.to);
    },
  };
}

export type ComplaintService = ReturnType<typeof createComplaintService>;
