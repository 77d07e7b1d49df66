import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { AccessLog, AuditLog } from '@tradeqn/audit';
import { type Db, type Executor, isUniqueViolation, sqlDetail } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeCursor, isStaff, keysetPage } from '@tradeqn/kit';
import { firstFreeSlug, foldVietnamese, slugify } from '@tradeqn/vn';
import type { Static } from 'typebox';
import { EnterprisesEvents, type MemberRole } from '../contract/index.ts';
import { createMemberRepository } from '../members/member-repository.ts';
import type { CitizenIdVault } from './citizen-id-vault.ts';
import { enterpriseErrors } from './enterprise-errors.ts';
import { type Actor, type EnterpriseDto, isAdmin, snapshotOf, toEnterpriseDto } from './enterprise-mapping.ts';
import {
  createEnterpriseReads,
  createEnterpriseRepository,
  type EnterpriseRow,
  type NewEnterpriseRow,
} from './enterprise-repository.ts';
import {
  checkAddress,
  checkBankAccount,
  checkCitizenId,
  checkDomain,
  checkIdentityByType,
  checkPastDate,
  checkPhone,
  checkTaxCode,
  checkWebsite,
  cleanOptionalText,
  cleanText,
  FieldProblems,
  searchTextOf,
} from './enterprise-rules.ts';
import type {
  AdminListQuery,
  BankAccountBody,
  DirectoryQuery,
  RegisterEnterpriseBody,
  UpdateEnterpriseBody,
} from './enterprise-schemas.ts';
import { listVerifications, recordVerification, type VerificationInput } from './verification-records.ts';

export type RegisterInput = Static<typeof RegisterEnterpriseBody>;
export type UpdateInput = Static<typeof UpdateEnterpriseBody>;
export type DirectoryInput = Static<typeof DirectoryQuery>;
export type StaffListInput = Static<typeof AdminListQuery>;
export type Decision = 'approve' | 'reject' | 'suspend' | 'reinstate';

export interface EnterpriseServiceDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
  accounts: Pick<AccountsApi, 'getUser'>;
  mediaUrl: (key: string) => string;
  /** Where staff views of an enterprise's private data are recorded. */
  accessLog?: AccessLog;
  /** Seals individual sellers' citizen IDs. */
  citizenIds: CitizenIdVault;
}

type DecisionEvent = (typeof EnterprisesEvents)['approved' | 'rejected' | 'suspended' | 'reinstated'];

/** Each decision: the statuses it starts from, where it leads, the event it announces. */
const DECISIONS: Record<Decision, { from: string[]; to: string; event: DecisionEvent; needsReason: boolean }> = {
  approve: { from: ['pending'], to: 'approved', event: EnterprisesEvents.approved, needsReason: false },
  reject: { from: ['pending'], to: 'rejected', event: EnterprisesEvents.rejected, needsReason: true },
  suspend: { from: ['approved'], to: 'suspended', event: EnterprisesEvents.suspended, needsReason: true },
  reinstate: { from: ['suspended'], to: 'approved', event: EnterprisesEvents.reinstated, needsReason: false },
};

export function createEnterpriseService(deps: EnterpriseServiceDeps) {
  const repo = createEnterpriseRepository();
  const reads = createEnterpriseReads(deps.db);
  const memberRepo = createMemberRepository();

  async function roleOf(tx: Executor, enterpriseId: string, actor: Actor): Promise<MemberRole | null> {
    if (!actor) return null;
    const member = await memberRepo.find(tx, enterpriseId, actor.userId);
    return (member?.role as MemberRole | undefined) ?? null;
  }

  /**
   * An individual's citizen ID is opened for the owner (who gave it), and for staff only in the one
   * view that writes the access log (`get`); lists, decisions and other members see none.
   */
  function present(row: EnterpriseRow, myRole: MemberRole | null, actor: Actor, revealToStaff = false): EnterpriseDto {
    const reveal = myRole === 'owner' || (revealToStaff && isStaff(actor));
    return toEnterpriseDto(row, {
      isPrivate: myRole !== null || isStaff(actor),
      myRole,
      mediaUrl: deps.mediaUrl,
      ...(reveal ? { citizenId: (sealed: string) => deps.citizenIds.open(sealed) } : {}),
    });
  }

  /** Everyone sees approved enterprises; members and staff also see theirs in any status. */
  async function loadVisible(tx: Executor, idOrSlug: string, actor: Actor) {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    const row = isUuid ? await repo.findById(tx, idOrSlug) : await repo.findBySlug(tx, idOrSlug.toLowerCase());
    if (!row) throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
    const myRole = await roleOf(tx, row.id, actor);
    if (row.status !== 'approved' && myRole === null && !isStaff(actor)) {
      // a suspended enterprise was public and is gone (its pages answer 410 at once); pending and rejected never were
      throw row.status === 'suspended' ? enterpriseErrors.ENTERPRISES_GONE() : enterpriseErrors.ENTERPRISES_NOT_FOUND();
    }
    return { row, myRole };
  }

  async function uniqueSlug(tx: Executor, name: string): Promise<string> {
    const base = slugify(name, 70);
    return firstFreeSlug(base, new Set(await repo.slugsLike(tx, base)));
  }

  function validateProfile(input: Partial<RegisterInput>) {
    const problems = new FieldProblems();
    const values: Partial<NewEnterpriseRow> = {};
    if (input.name !== undefined) values.name = cleanText(input.name);
    if (input.taxCode !== undefined) values.taxCode = checkTaxCode(input.taxCode, problems);
    if (input.citizenId !== undefined) {
      const sealed = deps.citizenIds.seal(checkCitizenId(input.citizenId, problems));
      values.citizenIdSealed = sealed.sealed;
      values.citizenIdIndex = sealed.index;
    }
    if (input.type !== undefined) values.type = input.type;
    if (input.representative !== undefined) values.representative = cleanText(input.representative);
    if (input.phone !== undefined) values.phone = checkPhone(input.phone, problems);
    if (input.email !== undefined) values.email = input.email.trim().toLowerCase();
    if (input.address !== undefined) Object.assign(values, checkAddress(input.address, problems));
    if (input.businessRegNumber !== undefined) values.businessRegNumber = cleanText(input.businessRegNumber);
    if (input.businessRegDate !== undefined)
      values.businessRegDate = checkPastDate(input.businessRegDate, problems, '/body/businessRegDate');
    if (input.businessRegPlace !== undefined) values.businessRegPlace = cleanText(input.businessRegPlace);
    if (input.sectors !== undefined)
      values.sectors = [...new Set(input.sectors.map((sector) => cleanText(sector).toLowerCase()))];
    if (input.description !== undefined) values.description = cleanOptionalText(input.description);
    if (input.introduction !== undefined) values.introduction = cleanOptionalText(input.introduction);
    if (input.website !== undefined) values.website = checkWebsite(input.website, problems);
    if (input.customDomain !== undefined) values.customDomain = checkDomain(input.customDomain, problems);
    if (input.licence !== undefined) {
      values.licenceNumber = cleanText(input.licence.number);
      values.licenceDate = checkPastDate(input.licence.date, problems, '/body/licence/date');
      values.licenceIssuer = cleanText(input.licence.issuer);
    }
    if (input.location !== undefined) {
      values.latitude = input.location.latitude;
      values.longitude = input.location.longitude;
    }
    if (problems.list.length > 0) throw enterpriseErrors.ENTERPRISES_INVALID_INPUT(undefined, problems.list);
    return values;
  }

  /** What each enterprise event says of the profile. */
  function enterpriseFacts(row: EnterpriseRow) {
    return { enterpriseId: row.id, slug: row.slug, name: row.name, status: row.status };
  }

  function taxCodeConflict(error: unknown): never {
    if (isUniqueViolation(error)) {
      throw sqlDetail(error)?.includes('citizen_id_index')
        ? enterpriseErrors.ENTERPRISES_CITIZEN_ID_TAKEN()
        : enterpriseErrors.ENTERPRISES_TAX_CODE_TAKEN();
    }
    throw error;
  }

  /** The identity a seller type carries, as the profile will hold it once changed; what a change of type clears. */
  function identityFor(current: EnterpriseRow | null, input: Partial<RegisterInput>, values: Partial<NewEnterpriseRow>) {
    const type = values.type ?? current?.type ?? '';
    const given = { taxCode: input.taxCode !== undefined, citizenId: input.citizenId !== undefined };
    const problems = new FieldProblems();
    checkIdentityByType(
      type,
      {
        taxCode: given.taxCode || (current?.taxCode ?? null) !== null,
        citizenId: given.citizenId || (current?.citizenIdSealed ?? null) !== null,
      },
      given,
      problems,
    );
    if (problems.list.length > 0) throw enterpriseErrors.ENTERPRISES_INVALID_INPUT(undefined, problems.list);
    if (!current || current.type === type) return {};
    return type === 'individual' ? { taxCode: null } : { citizenIdSealed: null, citizenIdIndex: null };
  }

  return {
    roleOf,

    async register(actor: { userId: string; roles: string[] }, input: RegisterInput): Promise<EnterpriseDto> {
      const user = await deps.accounts.getUser(actor.userId);
      if (!user) throw enterpriseErrors.ENTERPRISES_NOT_ALLOWED();
      if (!user.emailVerified) throw enterpriseErrors.ENTERPRISES_EMAIL_NOT_VERIFIED();
      const values = validateProfile(input) as NewEnterpriseRow;
      identityFor(null, input, values);
      return deps.db
        .transaction(async (tx) => {
          const row = await repo.insert(tx, {
            ...values,
            slug: await uniqueSlug(tx, values.name),
            sectors: values.sectors ?? [],
            status: 'pending',
            createdBy: actor.userId,
            searchText: searchTextOf({
              name: values.name,
              sectors: values.sectors ?? [],
              description: values.description ?? null,
              wardName: values.wardName,
            }),
          });
          await memberRepo.insert(tx, {
            enterpriseId: row.id,
            userId: actor.userId,
            role: 'owner',
            email: user.email,
            fullName: user.fullName,
          });
          await repo.insertHistory(tx, {
            enterpriseId: row.id,
            version: row.version,
            snapshot: snapshotOf(row),
            changedBy: actor.userId,
          });
          await deps.audit.record(tx, { entityType: 'enterprise', entityId: row.id, action: 'registered', actor });
          await deps.outbox.write(tx, EnterprisesEvents.registered, { ...enterpriseFacts(row), ownerUserId: actor.userId });
          return present(row, 'owner', actor);
        })
        .catch(taxCodeConflict);
    },

    async get(idOrSlug: string, actor: Actor): Promise<EnterpriseDto> {
      const { row, myRole } = await loadVisible(deps.db, idOrSlug, actor);
      // staff see the bank account, the licence and the registration the public does not (and an
      // individual's citizen ID): each look is recorded
      if (actor && myRole === null && isStaff(actor)) {
        await deps.accessLog?.record(deps.db, {
          viewer: actor,
          subject: row.citizenIdSealed ? 'citizen-id' : 'enterprise-private-data',
          subjectRef: row.id,
          details: { name: row.name, type: row.type, ...(row.taxCode ? { taxCode: row.taxCode } : {}) },
        });
      }
      return present(row, myRole, actor, true);
    },

    /**
     * Owner or admin. A change of legal name, tax code or address by an approved (or rejected)
     * enterprise sends it back to verification; every version is kept in the profile history.
     */
    async update(actor: { userId: string; roles: string[] }, id: string, input: UpdateInput): Promise<EnterpriseDto> {
      if (input.isExportReady !== undefined && !isStaff(actor)) {
        throw enterpriseErrors.ENTERPRISES_INVALID_INPUT(undefined, [
          { path: '/body/isExportReady', message: 'is set by province staff only' },
        ]);
      }
      const { isExportReady, ...profile } = input;
      const values = validateProfile(profile);
      return deps.db
        .transaction(async (tx) => {
          const { row: current, myRole } = await loadVisible(tx, id, actor);
          if (
            myRole !== 'owner' &&
            !isAdmin(actor) &&
            !(isStaff(actor) && isExportReady !== undefined && Object.keys(profile).length === 0)
          ) {
            throw enterpriseErrors.ENTERPRISES_NOT_ALLOWED();
          }
          const locked = await repo.findForUpdate(tx, current.id);
          if (!locked) throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
          Object.assign(values, identityFor(locked, profile, values));
          const identityChanged =
            (values.name !== undefined && values.name !== locked.name) ||
            (values.type !== undefined && values.type !== locked.type) ||
            (values.taxCode !== undefined && values.taxCode !== locked.taxCode) ||
            (values.citizenIdIndex !== undefined && values.citizenIdIndex !== locked.citizenIdIndex) ||
            (values.wardCode !== undefined &&
              (values.wardCode !== locked.wardCode ||
                values.provinceCode !== locked.provinceCode ||
                values.street !== locked.street));
          const backToQueue = identityChanged && ['approved', 'rejected'].includes(locked.status) && !isAdmin(actor);
          // staff verified the old domain, not the new one
          const domainChanged = values.customDomain !== undefined && values.customDomain !== locked.customDomain;
          const merged = { ...locked, ...values };
          const updated = await repo.update(tx, locked.id, {
            ...values,
            ...(isExportReady !== undefined ? { isExportReady } : {}),
            ...(domainChanged ? { customDomainVerifiedAt: null } : {}),
            version: locked.version + 1,
            searchText: searchTextOf(merged),
            ...(backToQueue ? { status: 'pending', statusReason: null, submittedAt: new Date() } : {}),
          });
          await repo.insertHistory(tx, {
            enterpriseId: updated.id,
            version: updated.version,
            snapshot: snapshotOf(updated),
            changedBy: actor.userId,
          });
          await deps.audit.record(tx, {
            entityType: 'enterprise',
            entityId: updated.id,
            action: backToQueue ? 'resubmitted' : 'updated',
            actor,
            details: { fields: Object.keys(input), fromStatus: locked.status, toStatus: updated.status },
          });
          await deps.outbox.write(
            tx,
            backToQueue ? EnterprisesEvents.resubmitted : EnterprisesEvents.updated,
            enterpriseFacts(updated),
          );
          return present(updated, myRole, actor);
        })
        .catch(taxCodeConflict);
    },

    async setBankAccount(actor: { userId: string; roles: string[] }, id: string, input: Static<typeof BankAccountBody>) {
      return deps.db.transaction(async (tx) => {
        const { row, myRole } = await loadVisible(tx, id, actor);
        if (myRole !== 'owner' && !isAdmin(actor)) throw enterpriseErrors.ENTERPRISES_NOT_ALLOWED();
        const problems = new FieldProblems();
        const account = checkBankAccount(input, problems);
        if (problems.list.length > 0) throw enterpriseErrors.ENTERPRISES_INVALID_INPUT(undefined, problems.list);
        const updated = await repo.update(tx, row.id, {
          bankBin: account.bankBin,
          bankAccountNo: account.accountNo,
          bankAccountHolder: account.accountHolder,
          version: row.version + 1,
        });
        await repo.insertHistory(tx, {
          enterpriseId: updated.id,
          version: updated.version,
          snapshot: snapshotOf(updated),
          changedBy: actor.userId,
        });
        await deps.audit.record(tx, {
          entityType: 'enterprise',
          entityId: row.id,
          action: 'bank-account.set',
          actor,
          details: { bankBin: account.bankBin, accountNoEnd: account.accountNo.slice(-4) },
        });
        return present(updated, myRole, actor);
      });
    },

    async setImage(actor: { userId: string; roles: string[] }, id: string, slot: 'logo' | 'cover', key: string) {
      return deps.db.transaction(async (tx) => {
        const { row, myRole } = await loadVisible(tx, id, actor);
        if (myRole === null && !isAdmin(actor)) throw enterpriseErrors.ENTERPRISES_NOT_ALLOWED();
        const updated = await repo.update(tx, row.id, slot === 'logo' ? { logoKey: key } : { coverKey: key });
        await deps.audit.record(tx, {
          entityType: 'enterprise',
          entityId: row.id,
          action: `${slot}.set`,
          actor,
          details: { key },
        });
        await deps.outbox.write(tx, EnterprisesEvents.updated, enterpriseFacts(updated));
        return { previousKey: slot === 'logo' ? row.logoKey : row.coverKey, enterprise: present(updated, myRole, actor) };
      });
    },

    async decide(
      actor: { userId: string; roles: string[] },
      id: string,
      decision: Decision,
      reason?: string,
      verification: VerificationInput = {},
    ) {
      const rule = DECISIONS[decision];
      if (rule.needsReason && !reason?.trim()) {
        throw enterpriseErrors.ENTERPRISES_INVALID_INPUT(undefined, [{ path: '/body/reason', message: 'is required' }]);
      }
      return deps.db.transaction(async (tx) => {
        const current = await repo.findById(tx, id);
        if (!current) throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
        const updated = await repo.transition(tx, id, rule.from, {
          status: rule.to,
          statusReason: reason?.trim() ?? null,
          ...(decision === 'approve' ? { verifiedAt: new Date() } : {}),
        });
        if (!updated) {
          throw enterpriseErrors.ENTERPRISES_STATUS_CONFLICT({
            vi: `Không thể ${decisionVi[decision]} doanh nghiệp đang ở trạng thái ${current.status}`,
            en: `Cannot ${decision} an enterprise that is ${current.status}`,
          });
        }
        await deps.audit.record(tx, {
          entityType: 'enterprise',
          entityId: id,
          action: decision,
          actor,
          reason: reason?.trim() ?? null,
          details: { fromStatus: current.status, toStatus: updated.status },
        });
        // an approval or a rejection is a verification: how it was made is kept beside the audit entry
        if (decision === 'approve' || decision === 'reject') {
          await recordVerification(tx, { enterpriseId: id, decision, actor, ...verification });
        }
        await deps.outbox.write(tx, rule.event, { ...enterpriseFacts(updated), reason: reason?.trim() ?? null });
        return present(updated, await roleOf(tx, id, actor), actor);
      });
    },

    /** How staff verified the enterprise, each decision as it was made (staff only: the route checks). */
    async verifications(id: string) {
      if (!(await repo.findById(deps.db, id))) throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
      return listVerifications(deps.db, id);
    },

    /**
     * The owner sends a rejected enterprise back to the queue as it is (a rejection is often about a
     * document, and a new one was uploaded); the same event as an edit that resubmits.
     */
    async resubmit(actor: { userId: string; roles: string[] }, id: string): Promise<EnterpriseDto> {
      return deps.db.transaction(async (tx) => {
        const { row: current, myRole } = await loadVisible(tx, id, actor);
        if (myRole !== 'owner') throw enterpriseErrors.ENTERPRISES_NOT_ALLOWED();
        const updated = await repo.transition(tx, current.id, ['rejected'], {
          status: 'pending',
          statusReason: null,
          submittedAt: new Date(),
        });
        if (!updated) {
          throw enterpriseErrors.ENTERPRISES_STATUS_CONFLICT({
            vi: `Chỉ gửi lại được hồ sơ bị từ chối; hồ sơ này đang ở trạng thái ${current.status}`,
            en: `Only a rejected enterprise can be resubmitted; this one is ${current.status}`,
          });
        }
        await deps.audit.record(tx, {
          entityType: 'enterprise',
          entityId: current.id,
          action: 'resubmitted',
          actor,
          details: { fields: [], fromStatus: current.status, toStatus: updated.status },
        });
        await deps.outbox.write(tx, EnterprisesEvents.resubmitted, enterpriseFacts(updated));
        return present(updated, myRole, actor);
      });
    },

    /**
     * Staff confirm that the enterprise's own domain is its own (they checked its DNS or papers): from
     * then on a request whose Host is that domain is served the storefront. Changing the domain clears it.
     */
    async verifyDomain(actor: { userId: string; roles: string[] }, id: string): Promise<EnterpriseDto> {
      return deps.db
        .transaction(async (tx) => {
          const current = await repo.findForUpdate(tx, id);
          if (!current) throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
          if (!current.customDomain) throw enterpriseErrors.ENTERPRISES_DOMAIN_MISSING();
          const updated = await repo.update(tx, id, { customDomainVerifiedAt: new Date() });
          await deps.audit.record(tx, {
            entityType: 'enterprise',
            entityId: id,
            action: 'domain.verify',
            actor,
            details: { domain: current.customDomain },
          });
          await deps.outbox.write(tx, EnterprisesEvents.updated, enterpriseFacts(updated));
          return present(updated, await roleOf(tx, id, actor), actor);
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw enterpriseErrors.ENTERPRISES_DOMAIN_TAKEN();
          throw error;
        });
    },

    /**
     * The approved enterprise whose verified domain a request's Host names (port, case and a trailing
     * dot aside; `www.` also tried without it). An unverified domain, or a suspended enterprise, is
     * nobody's: the site is served as usual.
     */
    async byDomain(host: string): Promise<EnterpriseDto> {
      const domain = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
      const candidates = domain.startsWith('www.') ? [domain, domain.slice(4)] : [domain];
      for (const candidate of candidates) {
        const row = await repo.findByVerifiedDomain(deps.db, candidate);
        if (row?.status === 'approved') return present(row, null, null);
      }
      throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
    },

    async listDirectory(query: DirectoryInput) {
      const words = query.q
        ? foldVietnamese(query.q)
            .split(/[^a-z0-9]+/)
            .filter(Boolean)
        : [];
      const after = query.cursor ? decodeCursor(query.cursor, ['text', 'uuid']) : undefined;
      const rows = await repo.listDirectory(
        deps.db,
        {
          words,
          ...(query.wardCode ? { wardCode: query.wardCode } : {}),
          ...(query.sector ? { sector: cleanText(query.sector).toLowerCase() } : {}),
          ...(query.type ? { type: query.type } : {}),
          ...(query.exportReady !== undefined ? { isExportReady: query.exportReady } : {}),
        },
        query.limit + 1,
        after ? { name: String(after[0]), id: String(after[1]) } : undefined,
      );
      const page = keysetPage(rows, query.limit, (row) => [row.name, row.id]);
      return { items: page.rows.map((row) => present(row, null, null)), nextCursor: page.nextCursor };
    },

    async listForStaff(actor: Actor, query: StaffListInput) {
      const sort = { key: query.sort, dir: query.dir };
      const after = query.cursor ? decodeCursor(query.cursor, [sort.key === 'name' ? 'text' : 'timestamp', 'uuid']) : undefined;
      const words = query.q
        ? foldVietnamese(query.q)
            .split(/[^a-z0-9]+/)
            .filter(Boolean)
        : [];
      const rows = await repo.listForStaff(
        deps.db,
        {
          words,
          ...(query.status !== 'all' ? { status: query.status } : {}),
          ...(query.wardCode ? { wardCode: query.wardCode } : {}),
          ...(query.type ? { type: query.type } : {}),
          ...(query.exportReady !== undefined ? { isExportReady: query.exportReady } : {}),
        },
        sort,
        query.limit + 1,
        after ? { value: String(after[0]), id: String(after[1]) } : undefined,
      );
      const page = keysetPage(rows, query.limit, (row) => [
        sort.key === 'name' ? row.name : row.submittedAt.toISOString(),
        row.id,
      ]);
      return { items: page.rows.map((row) => present(row, null, actor)), nextCursor: page.nextCursor };
    },

    /** What waits for staff: enterprises in each status, and how many approved ones are export-ready. */
    async staffSummary() {
      const [counts, exportReady] = await Promise.all([repo.countByStatus(deps.db), repo.countExportReady(deps.db)]);
      return {
        pending: counts.pending ?? 0,
        approved: counts.approved ?? 0,
        rejected: counts.rejected ?? 0,
        suspended: counts.suspended ?? 0,
        exportReady,
      };
    },

    async history(actor: Actor, id: string) {
      const { row, myRole } = await loadVisible(deps.db, id, actor);
      if (myRole === null && !isStaff(actor)) throw enterpriseErrors.ENTERPRISES_NOT_ALLOWED();
      const versions = await repo.listHistory(deps.db, row.id);
      return versions.map((version) => ({
        version: version.version,
        changedBy: version.changedBy,
        changedAt: version.changedAt.toISOString(),
        snapshot: version.snapshot as Record<string, unknown>,
      }));
    },

    async auditTrail(id: string, limit: number, afterId: number) {
      const row = await repo.findById(deps.db, id);
      if (!row) throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
      return deps.audit.list(deps.db, 'enterprise', id, limit, afterId);
    },

    /** For other services: any status. */
    /** Several at once, in one query (checkout asks for every seller of a cart). */
    async summaries(ids: string[]) {
      if (ids.length === 0) return [];
      return (await reads.byIds(ids)).map(summaryOf);
    },

    /** One enterprise by id or slug, any status (staff tools name a storefront by its address). */
    async findSummary(idOrSlug: string) {
      const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
      const row = isUuid ? await repo.findById(deps.db, idOrSlug) : await repo.findBySlug(deps.db, idOrSlug.toLowerCase());
      return row ? summaryOf(row) : null;
    },

    async personalTaxCodes(ids: string[]): Promise<Map<string, string>> {
      const codes = new Map<string, string>();
      if (ids.length === 0) return codes;
      for (const row of await reads.byIds(ids)) {
        const citizenId = row.citizenIdSealed ? deps.citizenIds.open(row.citizenIdSealed) : null;
        if (citizenId) codes.set(row.id, citizenId);
      }
      return codes;
    },

    async payoutAccount(id: string) {
      const row = await repo.findById(deps.db, id);
      if (row?.status !== 'approved' || !row.bankBin || !row.bankAccountNo || !row.bankAccountHolder) return null;
      const dto = present(row, 'owner', null);
      return dto.bankAccount ?? null;
    },
  };
}

const decisionVi: Record<Decision, string> = {
  approve: 'duyệt',
  reject: 'từ chối',
  suspend: 'tạm ngừng',
  reinstate: 'khôi phục',
};

export type EnterpriseService = ReturnType<typeof createEnterpriseService>;

function summaryOf(row: EnterpriseRow) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    type: row.type,
    provinceCode: row.provinceCode,
    wardCode: row.wardCode,
    taxCode: row.taxCode,
    phone: row.phone,
    email: row.email,
    street: row.street,
  };
}
