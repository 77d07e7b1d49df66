import { randomUUID } from 'node:crypto';
import type { Executor } from '@tradeqn/db';
import { createTestDatabase, type TestDatabase } from '@tradeqn/db/testing';
import { count, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatchOnce } from '../src/dispatch.ts';
import type { DomainEvent } from '../src/event.ts';
import { defineEvent, EventPayloadError } from '../src/event-definition.ts';
import { outboxEntry } from '../src/outbox-writer.ts';
import { defineSubscriber } from '../src/subscriber-definition.ts';
import { fixtureMigrations, inbox, outbox, ThingHappened, writer } from './fixture.ts';

const ThingNamed = defineEvent('evtest.thing.named', {
  thingId: Type.String({ format: 'uuid' }),
  label: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
});

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(fixtureMigrations);
});
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  await database.db.execute(sql`TRUNCATE evtest.outbox, evtest.inbox`);
});

const outboxCount = async () => Number((await database.db.select({ n: count() }).from(outbox))[0]?.n ?? 0);
const inboxCount = async () => Number((await database.db.select({ n: count() }).from(inbox))[0]?.n ?? 0);

/** A payload as it might come out of a row written before its schema changed. */
function looseEvent(type: string, payload: unknown): DomainEvent {
  return { id: randomUUID(), type, payload, occurredAt: new Date().toISOString() };
}

describe('writing an event', () => {
  it('stores a payload that fits its schema', async () => {
    const thingId = randomUUID();
    await database.db.transaction((tx) => writer.write(tx, ThingNamed, { thingId, label: 'Quế Trà Bồng', note: null }));
    const [row] = await database.db.select().from(outbox);
    expect(row).toMatchObject({ type: 'evtest.thing.named', payload: { thingId, label: 'Quế Trà Bồng', note: null } });
  });

  it('refuses a payload that does not fit, naming the event and the path, and writes nothing', async () => {
    // what a caller outside TypeScript's reach could send: the wrong kind, a missing field, a stray one
    const bad: unknown = { thingId: 'not-a-uuid', note: 3, token: 'secret' };
    // @ts-expect-error the compiler refuses it too; the check is for what it cannot see
    const attempt = database.db.transaction((tx) => writer.write(tx, ThingNamed, bad));
    await expect(attempt).rejects.toThrow(EventPayloadError);
    await expect(attempt).rejects.toThrow(/^evtest\.thing\.named: .*\/thingId must match format "uuid"/);
    await expect(attempt).rejects.toThrow(/must have required properties label/);
    await expect(attempt).rejects.toThrow(/\/note must be/);
    await expect(attempt).rejects.toThrow(/\/ must not have token/);
    expect(await outboxCount()).toBe(0);
  });

  it('checks a batch entry the same way before any row is written', () => {
    const entry = outboxEntry(ThingHappened, { n: 2 });
    expect(JSON.parse(JSON.stringify(entry))).toEqual({ type: 'evtest.thing.happened', payload: { n: 2 } });
    expect(() => outboxEntry(ThingHappened, { n: -1 })).toThrow(/evtest\.thing\.happened: .*\/n must be >= 0/);
  });
});

describe('a typed subscriber', () => {
  function recorder() {
    const seen: string[] = [];
    const subscriber = defineSubscriber({
      name: 'evtest.describe-things',
      events: [ThingHappened, ThingNamed],
      inbox,
      async run(event) {
        // narrowing on the type gives each event its own payload
        if (event.type === ThingNamed.name) seen.push(`named ${event.payload.label}`);
        else seen.push(`happened ${event.payload.n + 1}`);
      },
    });
    return { seen, subscriber };
  }

  it('lists its events by name and hands each its own payload', async () => {
    const { seen, subscriber } = recorder();
    expect(subscriber.events).toEqual(['evtest.thing.happened', 'evtest.thing.named']);
    await dispatchOnce(database.db, subscriber, looseEvent('evtest.thing.happened', { n: 41 }));
    await dispatchOnce(
      database.db,
      subscriber,
      looseEvent('evtest.thing.named', { thingId: randomUUID(), label: 'A', note: null }),
    );
    expect(seen).toEqual(['happened 42', 'named A']);
  });

  it('refuses an event whose payload no longer fits, before its handler runs, and keeps it unhandled', async () => {
    const { seen, subscriber } = recorder();
    const stale = looseEvent('evtest.thing.happened', { count: 1 });
    await expect(dispatchOnce(database.db, subscriber, stale)).rejects.toThrow(
      /evtest\.thing\.happened: .*required properties n/,
    );
    await expect(dispatchOnce(database.db, subscriber, looseEvent('evtest.other', {}))).rejects.toThrow(
      'evtest.describe-things does not handle evtest.other',
    );
    expect(seen).toEqual([]);
    expect(await inboxCount()).toBe(0);
  });

  it('hands a transactional handler what its prepare step read', async () => {
    const prepared: number[] = [];
    const subscriber = defineSubscriber({
      name: 'evtest.prepared-things',
      events: [ThingHappened],
      inbox,
      prepare: async (event) => ({ double: event.payload.n * 2 }),
      async handle(_event, context) {
        prepared.push(context.prepared.double);
      },
    });
    await dispatchOnce(database.db, subscriber, looseEvent('evtest.thing.happened', { n: 4 }));
    expect(prepared).toEqual([8]);
    expect(await inboxCount()).toBe(1);
  });
});

// Not run: `pnpm typecheck` fails if any of these lines stops being an error, so a field renamed
// on one side only (the writer, the schema, or a handler) cannot build.
export function renamedFieldsDoNotBuild(tx: Executor) {
  // @ts-expect-error the writer names a field the schema does not have
  void writer.write(tx, ThingHappened, { count: 1 });
  // @ts-expect-error a batch entry is typed the same way
  void outboxEntry(ThingNamed, { thingId: randomUUID(), name: 'A', note: null });
  defineSubscriber({
    name: 'evtest.typed',
    events: [ThingHappened],
    inbox,
    async run(event) {
      // @ts-expect-error the handler reads a field the schema does not have
      void event.payload.count;
      // @ts-expect-error a payload field keeps its type: `n` is a number
      void event.payload.n.toUpperCase();
    },
  });
}
