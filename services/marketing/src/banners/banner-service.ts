import { randomUUID } from 'node:crypto';
import type { AuditLog } from '@tradeqn/audit';
import type { CatalogApi, SellableProduct } from '@tradeqn/catalog/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { decodeNewestCursor, httpErrors, isStaff, newestPage } from '@tradeqn/kit';
import { type FileStore, IMAGE_TYPES, sniffAllowedType } from '@tradeqn/storage';
import type { BannerCounter } from './banner-counter.ts';
import { drawWeighted } from './banner-draw.ts';
import { bannerErrors } from './banner-errors.ts';
import { type BannerRow, bannerRepository as repo } from './banner-repository.ts';
import {
  BANNER_SLOTS,
  type BannerSlot,
  type BannerState,
  type BannerStatus,
  dayBefore,
  daysBetween,
  vietnamDay,
} from './banner-slots.ts';
import { parseTarget } from './banner-targets.ts';

/** How long a process keeps a slot's live banners (and a banner looked up by id) before reading again. */
export const ACTIVE_SET_TTL_MS = 5_000;
/** The widest a banner image is stored. */
const IMAGE_MAX_WIDTH = 1200;
const MAX_STATS_DAYS = 366;

type Caller = { userId: string; roles: string[] };

export interface BannerInput {
  slot: BannerSlot;
  title: string;
  target?: string | undefined;
  /** Staff confirm an outside address by setting this; who and when are recorded. */
  externalTargetApproved?: boolean | undefined;
  productId?: string | undefined;
  enterpriseId?: string | undefined;
  campaign?: string | undefined;
  weight: number;
  startsAt: string;
  endsAt: string;
}

export interface BannerDto {
  id: string;
  slot: BannerSlot;
  title: string;
  imageUrl: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  targetKind: 'path' | 'external' | 'product';
  target: string | null;
  targetApprovedBy: string | null;
  targetApprovedAt: string | null;
  productId: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  campaign: string | null;
  weight: number;
  startsAt: string;
  endsAt: string;
  status: BannerStatus;
  state: BannerState;
  createdAt: string;
  updatedAt: string;
}

/** What a page puts in a slot: the image goes through the impression counter, the link through the click counter. */
export interface SlotItem {
  id: string;
  title: string;
  /** `/r/b/{id}/i`: counts the impression, then sends the image. */
  imageUrl: string;
  width: number;
  height: number;
  /** `/r/b/{id}`: counts the click, then sends to the banner's own target. */
  clickUrl: string;
  /** The target is outside the exchange (the link then says rel="sponsored noopener"). */
  external: boolean;
  enterprise: { id: string; name: string; slug: string } | null;
  product: {
    id: string;
    slug: string;
    name: string;
    price: number;
    unit: string;
    seller: { id: string; name: string; slug: string };
  } | null;
}

/** A live banner as a process keeps it for a few seconds. */
interface Live {
  row: BannerRow;
  weight: number;
  product: SellableProduct | null;
  /** The image to send after counting (our media URL, or the product's thumbnail). */
  imageUrl: string | null;
  /** Where a click goes: a path of ours or the approved outside URL. */
  redirect: string | null;
}

export interface BannerServiceDeps {
  db: Db;
  audit: AuditLog;
  files: FileStore;
  catalog: Pick<CatalogApi, 'getSellableProducts'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'getEnterprises' | 'roleOf'>;
  publicUrl: string;
  counter: BannerCounter;
  random?: () => number;
  now?: () => Date;
}

export type BannerService = ReturnType<typeof createBannerService>;

export function createBannerService(deps: BannerServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const mediaUrl = (key: string) => `${deps.publicUrl}/media/${key}`;
  const slotCache = new Map<BannerSlot, { at: number; live: Promise<Live[]> }>();
  const idCache = new Map<string, { at: number; live: Promise<Live | null> }>();
  const forget = () => {
    slotCache.clear();
    idCache.clear();
  };

  const stateOf = (row: BannerRow, at: Date): BannerState => {
    if (row.status === 'archived') return 'archived';
    if (row.status === 'paused') return 'paused';
    if (row.targetKind !== 'product' && !row.imageKey) return 'no_image';
    if (at < row.startsAt) return 'scheduled';
    if (at >= row.endsAt) return 'ended';
    return 'running';
  };
  const isShowable = (live: Live, at: Date) => stateOf(live.row, at) === 'running' && live.imageUrl !== null;

  const toDto = (row: BannerRow, names: Map<string, string>): BannerDto => ({
    id: row.id,
    slot: row.slot as BannerSlot,
    title: row.title,
    imageUrl: row.imageKey ? mediaUrl(row.imageKey) : null,
    imageWidth: row.imageWidth,
    imageHeight: row.imageHeight,
    targetKind: row.targetKind as BannerDto['targetKind'],
    target: row.target,
    targetApprovedBy: row.targetApprovedBy,
    targetApprovedAt: row.targetApprovedAt?.toISOString() ?? null,
    productId: row.productId,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseId ? (names.get(row.enterpriseId) ?? null) : null,
    campaign: row.campaign,
    weight: row.weight,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    status: row.status as BannerStatus,
    state: stateOf(row, now()),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });
  const dtos = async (rows: BannerRow[]) => {
    const ids = [...new Set(rows.flatMap((row) => (row.enterpriseId ? [row.enterpriseId] : [])))];
    const found = ids.length > 0 ? await deps.enterprises.getEnterprises(ids) : [];
    const names = new Map(found.map((enterprise) => [enterprise.id, enterprise.name]));
    return rows.map((row) => toDto(row, names));
  };
  const dto = async (row: BannerRow) => (await dtos([row]))[0] as BannerDto;

  /** The live form of rows: products looked up at once, those no longer on sale left out. */
  const toLive = async (rows: BannerRow[]): Promise<Live[]> => {
    const productIds = rows.flatMap((row) => (row.productId ? [row.productId] : []));
    const products = new Map(
      (productIds.length > 0 ? await deps.catalog.getSellableProducts(productIds) : []).map((product) => [product.id, product]),
    );
    return rows.flatMap((row): Live[] => {
      if (row.targetKind === 'product') {
        const product = row.productId ? products.get(row.productId) : undefined;
        // a product taken down, or now of another seller than the one promoted, is not shown
        if (!product || product.seller.id !== row.enterpriseId) return [];
        const image = product.images[0];
        return [
          {
            row,
            weight: row.weight,
            product,
            imageUrl: image ? thumbnailOf(image) : null,
            redirect: `/san-pham/${product.slug}`,
          },
        ];
      }
      return [
        { row, weight: row.weight, product: null, imageUrl: row.imageKey ? mediaUrl(row.imageKey) : null, redirect: row.target },
      ];
    });
  };

  const liveOf = (slot: BannerSlot): Promise<Live[]> => {
    const cached = slotCache.get(slot);
    if (cached && Date.now() - cached.at < ACTIVE_SET_TTL_MS) return cached.live;
    const live = repo.live(deps.db, slot, now()).then(toLive);
    slotCache.set(slot, { at: Date.now(), live });
    // a failed read is not kept
    live.catch(() => slotCache.delete(slot));
    return live;
  };

  const liveById = (id: string): Promise<Live | null> => {
    const cached = idCache.get(id);
    if (cached && Date.now() - cached.at < ACTIVE_SET_TTL_MS) return cached.live;
    if (idCache.size >= 10_000) idCache.clear();
    const live = repo.byId(deps.db, id).then(async (row) => (row ? ((await toLive([row]))[0] ?? null) : null));
    idCache.set(id, { at: Date.now(), live });
    live.catch(() => idCache.delete(id));
    return live;
  };

  /** The checked values of an input (create, or a change laid over the current banner). */
  const validate = async (caller: Caller, input: BannerInput, current?: BannerRow) => {
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (!(endsAt > startsAt)) {
      throw bannerErrors.MARKETING_BANNER_SCHEDULE_INVALID(undefined, [
        { path: '/body/endsAt', message: 'must be after startsAt' },
      ]);
    }
    const kind = BANNER_SLOTS[input.slot].kind;
    const base = {
      slot: input.slot,
      title: input.title.trim(),
      campaign: input.campaign?.trim() || null,
      weight: input.weight,
      startsAt,
      endsAt,
    };
    if (kind === 'product') {
      if (!input.productId || input.target) {
        throw bannerErrors.MARKETING_BANNER_SLOT_MISMATCH(undefined, [
          { path: input.productId ? '/body/target' : '/body/productId', message: 'a sponsored listing promotes a product' },
        ]);
      }
      const [product] = await deps.catalog.getSellableProducts([input.productId]);
      if (!product) {
        throw bannerErrors.MARKETING_BANNER_PRODUCT_UNAVAILABLE(undefined, [{ path: '/body/productId', message: 'not on sale' }]);
      }
      if (input.enterpriseId && input.enterpriseId !== product.seller.id) {
        throw bannerErrors.MARKETING_BANNER_PRODUCT_UNAVAILABLE(
          { vi: 'Sản phẩm không thuộc doanh nghiệp được quảng cáo', en: 'The product is not of the promoted enterprise' },
          [{ path: '/body/productId', message: 'of another enterprise' }],
        );
      }
      return {
        ...base,
        targetKind: 'product',
        target: null,
        targetApprovedBy: null,
        targetApprovedAt: null,
        productId: product.id,
        enterpriseId: product.seller.id,
      } as const;
    }
    if (input.productId || !input.target) {
      throw bannerErrors.MARKETING_BANNER_SLOT_MISMATCH(undefined, [
        { path: input.productId ? '/body/productId' : '/body/target', message: 'an image banner links to a target' },
      ]);
    }
    const target = parseTarget(input.target);
    if (!target)
      throw bannerErrors.MARKETING_BANNER_TARGET_INVALID(undefined, [{ path: '/body/target', message: 'invalid target' }]);
    if (input.enterpriseId && !(await deps.enterprises.getEnterprise(input.enterpriseId))) {
      throw bannerErrors.MARKETING_BANNER_ENTERPRISE_UNKNOWN(undefined, [{ path: '/body/enterpriseId', message: 'unknown' }]);
    }
    let approval: { targetApprovedBy: string | null; targetApprovedAt: Date | null } = {
      targetApprovedBy: null,
      targetApprovedAt: null,
    };
    if (target.kind === 'external') {
      const unchanged = current?.targetKind === 'external' && current.target === target.value && current.targetApprovedBy;
      if (unchanged) approval = { targetApprovedBy: current.targetApprovedBy, targetApprovedAt: current.targetApprovedAt };
      else if (input.externalTargetApproved === true && isStaff(caller)) {
        approval = { targetApprovedBy: caller.userId, targetApprovedAt: now() };
      } else {
        throw bannerErrors.MARKETING_BANNER_TARGET_NOT_APPROVED(undefined, [
          { path: '/body/externalTargetApproved', message: 'an outside address needs approval' },
        ]);
      }
    }
    return {
      ...base,
      targetKind: target.kind,
      target: target.value,
      ...approval,
      productId: null,
      enterpriseId: input.enterpriseId ?? null,
    } as const;
  };

  const changeable = async (tx: Parameters<typeof repo.lock>[0], id: string) => {
    const row = await repo.lock(tx, id);
    if (!row) throw bannerErrors.MARKETING_BANNER_NOT_FOUND();
    if (row.status === 'archived') throw bannerErrors.MARKETING_BANNER_ARCHIVED();
    return row;
  };

  /** The banner a member of an enterprise, or staff, may read; 404 for anyone else. */
  const readable = async (caller: Caller, id: string) => {
    const row = await repo.byId(deps.db, id);
    if (!row) throw bannerErrors.MARKETING_BANNER_NOT_FOUND();
    if (isStaff(caller)) return row;
    if (row.enterpriseId && row.status !== 'archived' && (await deps.enterprises.roleOf(row.enterpriseId, caller.userId))) {
      return row;
    }
    throw bannerErrors.MARKETING_BANNER_NOT_FOUND();
  };

  return {
    async create(caller: Caller, input: BannerInput): Promise<BannerDto> {
      const values = await validate(caller, input);
      const row = await deps.db.transaction(async (tx) => {
        const created = await repo.insert(tx, { ...values, createdBy: caller.userId });
        await deps.audit.record(tx, {
          entityType: 'banner',
          entityId: created.id,
          action: 'created',
          actor: caller,
          details: { ...input },
        });
        return created;
      });
      forget();
      return dto(row);
    },

    async update(caller: Caller, id: string, patch: Partial<BannerInput>): Promise<BannerDto> {
      const current = await repo.byId(deps.db, id);
      if (!current) throw bannerErrors.MARKETING_BANNER_NOT_FOUND();
      const merged: BannerInput = {
        slot: patch.slot ?? (current.slot as BannerSlot),
        title: patch.title ?? current.title,
        target: 'target' in patch ? patch.target : (current.target ?? undefined),
        externalTargetApproved: patch.externalTargetApproved,
        productId: 'productId' in patch ? patch.productId : (current.productId ?? undefined),
        enterpriseId: 'enterpriseId' in patch ? patch.enterpriseId : (current.enterpriseId ?? undefined),
        campaign: 'campaign' in patch ? patch.campaign : (current.campaign ?? undefined),
        weight: patch.weight ?? current.weight,
        startsAt: patch.startsAt ?? current.startsAt.toISOString(),
        endsAt: patch.endsAt ?? current.endsAt.toISOString(),
      };
      // a sponsored listing's seller comes from its product
      if (BANNER_SLOTS[merged.slot].kind === 'product' && !('enterpriseId' in patch)) merged.enterpriseId = undefined;
      const values = await validate(caller, merged, current);
      const row = await deps.db.transaction(async (tx) => {
        await changeable(tx, id);
        const updated = await repo.update(tx, id, values);
        await deps.audit.record(tx, {
          entityType: 'banner',
          entityId: id,
          action: 'updated',
          actor: caller,
          details: { ...patch },
        });
        return updated;
      });
      forget();
      return dto(row);
    },

    async move(caller: Caller, id: string, action: 'pause' | 'resume' | 'archive'): Promise<BannerDto> {
      const row = await deps.db.transaction(async (tx) => {
        const current = await changeable(tx, id);
        const to: BannerStatus = action === 'pause' ? 'paused' : action === 'resume' ? 'active' : 'archived';
        if (current.status === to) return current;
        const updated = await repo.update(tx, id, { status: to });
        await deps.audit.record(tx, {
          entityType: 'banner',
          entityId: id,
          action: action === 'pause' ? 'paused' : action === 'resume' ? 'resumed' : 'archived',
          actor: caller,
          details: { from: current.status },
        });
        return updated;
      });
      forget();
      return dto(row);
    },

    /** Checks the bytes (JPEG, PNG, WebP, decodable, not a decompression bomb), stores a WebP, then points the banner at it. */
    async setImage(caller: Caller, id: string, read: () => Promise<Buffer>): Promise<BannerDto> {
      const before = await repo.byId(deps.db, id);
      if (!before) throw bannerErrors.MARKETING_BANNER_NOT_FOUND();
      if (before.status === 'archived') throw bannerErrors.MARKETING_BANNER_ARCHIVED();
      if (before.targetKind === 'product') throw bannerErrors.MARKETING_BANNER_SLOT_MISMATCH();
      const data = await read();
      if (!(await sniffAllowedType(data, IMAGE_TYPES))) throw bannerErrors.MARKETING_BANNER_IMAGE_TYPE();
      let stored: { data: Buffer; info: { width: number; height: number } };
      try {
        const sharp = (await import('sharp')).default;
        stored = await sharp(data, { limitInputPixels: 40_000_000 })
          .rotate()
          .resize({ width: IMAGE_MAX_WIDTH, height: IMAGE_MAX_WIDTH, fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 82 })
          .toBuffer({ resolveWithObject: true });
      } catch {
        throw bannerErrors.MARKETING_BANNER_IMAGE_TYPE({ vi: 'Không đọc được ảnh', en: 'The image cannot be read' });
      }
      const key = `public/banners/${randomUUID()}.webp`;
      await deps.files.put(key, stored.data, 'image/webp');
      let previous: string | null = null;
      try {
        const row = await deps.db.transaction(async (tx) => {
          const current = await changeable(tx, id);
          previous = current.imageKey;
          const updated = await repo.update(tx, id, {
            imageKey: key,
            imageWidth: stored.info.width,
            imageHeight: stored.info.height,
          });
          await deps.audit.record(tx, {
            entityType: 'banner',
            entityId: id,
            action: 'image_set',
            actor: caller,
            details: { width: stored.info.width, height: stored.info.height },
          });
          return updated;
        });
        forget();
        // the old image may still be in a page kept for a few seconds; its key is never reused
        if (previous) setTimeout(() => void deps.files.delete(previous as string).catch(() => {}), 60_000).unref();
        return dto(row);
      } catch (error) {
        await deps.files.delete(key).catch(() => {});
        throw error;
      }
    },

    async get(caller: Caller, id: string): Promise<BannerDto> {
      return dto(await readable(caller, id));
    },

    async list(query: {
      slot?: BannerSlot | undefined;
      status?: BannerStatus | undefined;
      enterpriseId?: string | undefined;
      limit: number;
      cursor?: string | undefined;
    }) {
      const rows = await repo.list(deps.db, {
        slot: query.slot,
        status: query.status,
        enterpriseId: query.enterpriseId,
        after: query.cursor ? decodeNewestCursor(query.cursor) : undefined,
        limit: query.limit,
      });
      const page = newestPage(rows, query.limit);
      return { items: await dtos(page.rows), nextCursor: page.nextCursor };
    },

    /** The banners promoting an enterprise, for its members (and staff); 404 for anyone else. */
    async listForEnterprise(caller: Caller, enterpriseId: string, query: { limit: number; cursor?: string | undefined }) {
      if (!isStaff(caller) && !(await deps.enterprises.roleOf(enterpriseId, caller.userId))) throw httpErrors.HTTP_NOT_FOUND();
      return this.list({ enterpriseId, limit: query.limit, cursor: query.cursor });
    },

    async auditTrail(id: string, limit: number, afterId?: number) {
      if (!(await repo.byId(deps.db, id))) throw bannerErrors.MARKETING_BANNER_NOT_FOUND();
      return deps.audit.list(deps.db, 'banner', id, limit, afterId);
    },

    /** Impressions, clicks and CTR per day (Vietnam days) for staff and the promoted enterprise's members. */
    async stats(caller: Caller, id: string, range: { from?: string | undefined; to?: string | undefined }) {
      const row = await readable(caller, id);
      const to = range.to ?? vietnamDay(now());
      const from = range.from ?? dayBefore(to, 29);
      const days = daysBetween(from, to);
      if (days.length === 0 || days.length > MAX_STATS_DAYS) {
        throw httpErrors.HTTP_VALIDATION_FAILED(
          { vi: 'Khoảng ngày không hợp lệ (tối đa 366 ngày)', en: 'Invalid range of days (366 at most)' },
          [{ path: '/querystring/from', message: 'from must be on or before to, at most 366 days' }],
        );
      }
      // what this process still holds is written first, so the reader sees its own counts
      await deps.counter.flush();
      const stored = new Map((await repo.dailyStats(deps.db, id, from, to)).map((day) => [day.day, day]));
      const series = days.map((day) => {
        const found = stored.get(day);
        const impressions = Number(found?.impressions ?? 0);
        const clicks = Number(found?.clicks ?? 0);
        return { day, impressions, clicks, ctr: ctrOf(impressions, clicks) };
      });
      const impressions = series.reduce((sum, day) => sum + day.impressions, 0);
      const clicks = series.reduce((sum, day) => sum + day.clicks, 0);
      return { banner: await dto(row), from, to, days: series, totals: { impressions, clicks, ctr: ctrOf(impressions, clicks) } };
    },

    /** Up to the slot's allowance (or `limit`, if fewer) of its running banners, drawn by weight. */
    async show(slot: BannerSlot, limit?: number) {
      const allowance = BANNER_SLOTS[slot].allowance;
      const at = now();
      const candidates = (await liveOf(slot)).filter((live) => isShowable(live, at));
      const drawn = drawWeighted(candidates, Math.min(limit ?? allowance, allowance), random);
      return { slot, allowance, items: drawn.map((live) => toSlotItem(live, deps.publicUrl)) };
    },

    /** An impression: counted if the banner is running; answers the image to send (null: unknown banner). */
    async impression(id: string): Promise<string | null> {
      const live = await liveById(id);
      if (!live?.imageUrl) return null;
      const at = now();
      if (isShowable(live, at)) deps.counter.impression(id, at);
      return live.imageUrl;
    },

    /**
     * A click: where the banner sends people (its own target; null when it is unknown or not
     * running) and whether it counted (`isFirst`: once per visitor and hour).
     */
    async click(
      id: string,
      isFirst: () => Promise<boolean>,
    ): Promise<{ known: boolean; redirect: string | null; counted: boolean }> {
      const live = await liveById(id);
      const at = now();
      if (!live || !isShowable(live, at) || !live.redirect) return { known: live !== null, redirect: null, counted: false };
      const counted = await isFirst();
      if (counted) deps.counter.click(id, at);
      return { known: true, redirect: live.redirect, counted };
    },
  };
}

function ctrOf(impressions: number, clicks: number): number {
  return impressions > 0 ? Math.round((clicks / impressions) * 10_000) / 10_000 : 0;
}

/** A product image's list size (the catalog stores a 400 px one beside each 1200 px one). */
function thumbnailOf(url: string): string {
  return url.replace(/-1200\.webp$/, '-400.webp');
}

function toSlotItem(live: Live, publicUrl: string): SlotItem {
  const { row, product } = live;
  return {
    id: row.id,
    title: row.title,
    imageUrl: `${publicUrl}/r/b/${row.id}/i`,
    width: product ? 400 : (row.imageWidth ?? 0),
    height: product ? 400 : (row.imageHeight ?? 0),
    clickUrl: `${publicUrl}/r/b/${row.id}`,
    external: row.targetKind === 'external',
    enterprise: product ? { id: product.seller.id, name: product.seller.name, slug: product.seller.slug } : null,
    product: product
      ? {
          id: product.id,
          slug: product.slug,
          name: product.name,
          price: product.price,
          unit: product.unit,
          seller: { id: product.seller.id, name: product.seller.name, slug: product.seller.slug },
        }
      : null,
  };
}
