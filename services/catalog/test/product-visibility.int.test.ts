import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ADMIN,
  approvedEnterprise,
  as,
  createTestMarketplace,
  eventually,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModule, CatalogSettings } from '../src/index.ts';

/**
 * Who may see a product page is decided from the listing and its seller as they are now, never
 * from the search index: these run with the event pipeline stopped (no indexing job runs), on
 * each engine a deployment can have.
 */
function describeVisibility(
  engineName: string,
  setUp: () => Promise<{
    /** Catalog's settings for this engine (a Meilisearch, its index). */
    config: Partial<CatalogSettings>;
    /** What the engine holds (the test waits on it while the pipeline still runs). */
    indexedIds?: () => Promise<string[]>;
    /** Whether this engine answers searches here (the fake Meilisearch does not). */
    canSearch: boolean;
    close?: () => Promise<void>;
  }>,
) {
  describe(`the public product page on ${engineName}`, () => {
    let t: TestMarketplace;
    let engine: Awaited<ReturnType<typeof setUp>>;
    let admin: Person;
    let owner: Person;
    let otherOwner: Person;
    let buyer: Person;
    let enterpriseId: string;
    let otherEnterpriseId: string;
    let categoryId: string;
    const ids: Record<'renamed' | 'hidden' | 'ofSuspended' | 'approvedLive' | 'approvedLater', string> = {
      renamed: '',
      hidden: '',
      ofSuspended: '',
      approvedLive: '',
      approvedLater: '',
    };
    const versions: Record<string, number> = {};

    const page = (idOrSlug: string, person: Person | null = null) =>
      t.app.inject({ method: 'GET', url: `/api/v1/products/${idOrSlug}`, ...as(person) });
    const create = async (enterprise: string, person: Person, name: string) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/products',
        ...as(person, {
          enterpriseId: enterprise,
          name,
          description: 'Đặc sản Quảng Ngãi',
          categoryId,
          price: 120_000,
          unit: 'kg',
          stock: 50,
        }),
      });
      if (response.statusCode !== 201) throw new Error(response.body);
      versions[response.json().id] = response.json().version;
      return response.json().id as string;
    };
    const approve = (id: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/products/${id}/approve`,
        ...as(admin, { version: versions[id] }),
      });
    const catalogModule = () => t.modules.find((module) => module.name === 'catalog') as unknown as CatalogModule;
    const indexedIds = () => (engine.indexedIds ?? (() => catalogModule().engine.allIds()))();

    beforeAll(async () => {
      engine = await setUp();
      t = await createTestMarketplace({ overrides: { settings: { catalog: engine.config } } });
      admin = await signIn(t, ADMIN.email, ADMIN.password);
      owner = await signUp(t, 'chu@hanhtim.vn');
      otherOwner = await signUp(t, 'chu@duongphen.vn');
      buyer = await signUp(t, 'nguoi@mua.vn');
      enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Hành tím');
      otherEnterpriseId = await approvedEnterprise(t, otherOwner, admin, 'Cơ sở Đường phèn');
      const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
        slug: string;
        children: { id: string }[];
      }[];
      categoryId = String(tree.find((node) => node.slug === 'nong-san')?.children[0]?.id);
      ids.renamed = await create(enterpriseId, owner, 'Hành tím Lý Sơn');
      ids.hidden = await create(enterpriseId, owner, 'Tỏi Lý Sơn');
      ids.ofSuspended = await create(otherEnterpriseId, otherOwner, 'Đường phèn Bình Sơn');
      ids.approvedLive = await create(enterpriseId, owner, 'Mạch nha Thi Phổ');
      ids.approvedLater = await create(enterpriseId, owner, 'Kẹo gương mè đen');
      for (const id of [ids.renamed, ids.hidden, ids.ofSuspended]) expect((await approve(id)).statusCode).toBe(200);
      // the index has caught up with these three before the pipeline goes down
      await eventually(async () => {
        const indexed = await indexedIds();
        return [ids.renamed, ids.hidden, ids.ofSuspended].every((id) => indexed.includes(id));
      });
    });
    afterAll(async () => {
      await t?.close();
      await engine?.close?.();
    });

    it('shows a listing the moment it is approved, and the index follows (pipeline running)', async () => {
      expectProblem(await page(ids.approvedLive), 404);
      expect((await approve(ids.approvedLive)).statusCode).toBe(200);
      const shown = await page(ids.approvedLive);
      expect(shown.statusCode).toBe(200);
      expect(shown.json()).toMatchObject({ name: 'Mạch nha Thi Phổ', status: 'approved', enterprise: { id: enterpriseId } });
      await eventually(async () => (await indexedIds()).includes(ids.approvedLive));
      // still shown once indexed: the page and the index agree
      expect((await page(ids.approvedLive)).statusCode).toBe(200);
    });

    describe('with the event pipeline stopped (no indexing job runs)', () => {
      beforeAll(async () => {
        for (const id of [ids.renamed, ids.hidden, ids.ofSuspended]) expect((await page(id)).statusCode).toBe(200);
        await t.bus.stop();
      });

      it('sends a renamed listing back to review: 404 at once, never the unreviewed name', async () => {
        const before = (await page(ids.renamed)).json();
        const renamed = await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/products/${ids.renamed}`,
          ...as(owner, { name: 'Hành tím Lý Sơn loại chưa duyệt' }),
        });
        expect(renamed.json()).toMatchObject({ status: 'pending_review', slug: 'hanh-tim-ly-son-loai-chua-duyet' });
        for (const key of [ids.renamed, renamed.json().slug, before.slug]) {
          // the old slug must not redirect either: the Location would carry the new name
          for (const person of [null, buyer]) {
            const response = await page(key, person);
            expectProblem(response, 404);
            expect(response.body).not.toContain('chưa duyệt');
            expect(JSON.stringify(response.headers)).not.toContain('chua-duyet');
          }
        }
        // its owner and staff still see it, as it is
        for (const person of [owner, admin]) {
          expect((await page(ids.renamed, person)).json()).toMatchObject({
            name: 'Hành tím Lý Sơn loại chưa duyệt',
            status: 'pending_review',
          });
        }
        if (engine.canSearch) {
          // lists come from the index, which lags: they may still hold the last approved card, never the new name
          const list = await t.app.inject({ method: 'GET', url: '/api/v1/products?limit=50' });
          expect(list.statusCode).toBe(200);
          expect(list.body).not.toContain('chưa duyệt');
        }
      });

      it('hides a listing at once', async () => {
        const { slug } = (await page(ids.hidden)).json();
        const hidden = await t.app.inject({ method: 'POST', url: `/api/v1/products/${ids.hidden}/hide`, ...as(owner) });
        expect(hidden.json().status).toBe('hidden');
        // it was public: its page is gone (410), not unknown
        for (const key of [ids.hidden, slug]) {
          expectProblem(await page(key), 410);
          expectProblem(await page(key, buyer), 410);
        }
        expect((await page(ids.hidden, owner)).json().status).toBe('hidden');
        await t.app.inject({ method: 'POST', url: `/api/v1/products/${ids.hidden}/show`, ...as(owner) });
        expect((await page(ids.hidden)).json()).toMatchObject({ status: 'approved', name: 'Tỏi Lý Sơn' });
      });

      it("takes a suspended seller's listings down at once, and brings them back on reinstatement", async () => {
        const { slug } = (await page(ids.ofSuspended)).json();
        const suspended = await t.app.inject({
          method: 'POST',
          url: `/api/v1/admin/enterprises/${otherEnterpriseId}/suspend`,
          ...as(admin, { reason: 'Kiểm tra hồ sơ' }),
        });
        expect(suspended.statusCode).toBe(200);
        for (const key of [ids.ofSuspended, slug]) {
          expectProblem(await page(key), 410);
          expectProblem(await page(key, buyer), 410);
        }
        expect((await page(ids.ofSuspended, otherOwner)).statusCode).toBe(200);
        await t.app.inject({ method: 'POST', url: `/api/v1/admin/enterprises/${otherEnterpriseId}/reinstate`, ...as(admin) });
        expect((await page(slug)).json()).toMatchObject({ name: 'Đường phèn Bình Sơn', status: 'approved' });
      });

      it('shows a newly approved listing at once', async () => {
        expectProblem(await page(ids.approvedLater), 404);
        expect((await approve(ids.approvedLater)).statusCode).toBe(200);
        for (const person of [null, buyer]) {
          expect((await page(ids.approvedLater, person)).json()).toMatchObject({
            name: 'Kẹo gương mè đen',
            status: 'approved',
            enterprise: { id: enterpriseId, name: 'Hợp tác xã Hành tím' },
          });
        }
        // the index has not heard of it: nothing ran
        expect(await indexedIds()).not.toContain(ids.approvedLater);
      });
    });
  });
}

describeVisibility('the PostgreSQL engine', async () => ({ config: {}, canSearch: true }));

/**
 * A stand-in for the Meilisearch calls indexing makes: document writes and deletions, answered
 * with a task, and the task lookup the engine waits on (creating the index and its settings on
 * first use are tasks too). Searching is not faked: the real suite below covers it.
 */
async function startFakeMeilisearch() {
  const documents = new Map<string, unknown>();
  let lastTask = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = new URL(String(request.url), 'http://meili').pathname;
      const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      const reply = (status: number, value: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(value));
      };
      const enqueued = () =>
        reply(202, {
          taskUid: ++lastTask,
          indexUid: 'products',
          status: 'enqueued',
          type: 'x',
          enqueuedAt: new Date().toISOString(),
        });
      const task = path.match(/^\/tasks\/(\d+)$/);
      if (request.method === 'GET' && task) {
        return reply(200, { uid: Number(task[1]), status: 'succeeded', type: 'x', error: null });
      }
      if (request.method === 'POST' && /^\/indexes\/[\w-]+\/documents$/.test(path)) {
        for (const doc of body as { id: string }[]) documents.set(doc.id, doc);
        return enqueued();
      }
      if (request.method === 'POST' && /^\/indexes\/[\w-]+\/documents\/delete-batch$/.test(path)) {
        for (const id of body as string[]) documents.delete(id);
        return enqueued();
      }
      if ((request.method === 'POST' && path === '/indexes') || (request.method === 'PATCH' && path.endsWith('/settings'))) {
        return enqueued();
      }
      reply(501, { message: `not faked: ${request.method} ${path}`, code: 'not_faked', type: 'internal', link: '' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    documents,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeVisibility('Meilisearch (a local fake of its indexing calls)', async () => {
  const fake = await startFakeMeilisearch();
  return {
    config: { meili: { host: fake.host } },
    indexedIds: async () => [...fake.documents.keys()],
    canSearch: false,
    close: fake.close,
  };
});

// the real server, wherever MEILI_HOST points at one (skipped elsewhere)
describe.skipIf(!process.env.MEILI_HOST)('on a real Meilisearch', () => {
  const index = `tradeqn_visibility_${Date.now().toString(36)}`;
  const meili = {
    host: String(process.env.MEILI_HOST),
    ...(process.env.MEILI_API_KEY ? { apiKey: process.env.MEILI_API_KEY } : {}),
  };
  describeVisibility('Meilisearch', async () => ({
    config: { meili: { ...meili, index } },
    canSearch: true,
    close: async () => {
      await fetch(`${meili.host}/indexes/${index}`, {
        method: 'DELETE',
        headers: meili.apiKey ? { authorization: `Bearer ${meili.apiKey}` } : {},
      });
    },
  }));
});
