import type { AuditLog } from '@tradeqn/audit';
import { type Db, isUniqueViolation } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { vnYearRange } from '@tradeqn/vn';
import { and, asc, desc, eq, gt, gte, isNotNull, lt, sql } from 'drizzle-orm';
import { ProgrammeEvents } from '../contract/events.ts';
import { registrations, trainingEvents } from '../db/schema.ts';
import { programmeErrors } from '../programme-errors.ts';
import type { NewTrainingEventInput, RegisterInput, RegistrationDto, TrainingEventDto } from './training-schemas.ts';

type Person = { userId: string; roles: string[] };
type EventRow = typeof trainingEvents.$inferSelect;
type RegistrationRow = typeof registrations.$inferSelect;

export function presentEvent(row: EventRow, now: Date): TrainingEventDto {
  const seatsLeft = row.capacity - row.registeredCount;
  return {
    id: row.id,
    kind: row.kind as TrainingEventDto['kind'],
    title: row.title,
    description: row.description,
    audience: row.audience as TrainingEventDto['audience'],
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.place,
    onlineUrl: row.onlineUrl,
    capacity: row.capacity,
    registeredCount: row.registeredCount,
    seatsLeft,
    isOpen: seatsLeft > 0 && row.startsAt > now,
  };
}

function presentRegistration(row: RegistrationRow): RegistrationDto {
  return {
    id: row.id,
    eventId: row.eventId,
    fullName: row.fullName,
    email: row.email,
    phone: row.phone,
    organisation: row.organisation,
    attendedAt: row.attendedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const invalid = (path: string, message: string, vi: string) =>
  programmeErrors.PROGRAMME_INVALID_INPUT({ vi, en: message }, [{ path, message }]);

/**
 * Training courses, workshops and fairs: staff publish them, anyone registers while seats are
 * left (the seat is taken in the registration's own transaction: never more than the capacity,
 * however many arrive at once), staff mark who attended, and attendance feeds the indicators.
 */
export function createTrainingService(deps: { db: Db; outbox: OutboxWriter; audit: AuditLog; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  async function load(id: string): Promise<EventRow> {
    const [row] = await deps.db.select().from(trainingEvents).where(eq(trainingEvents.id, id));
    if (!row) throw programmeErrors.PROGRAMME_EVENT_NOT_FOUND();
    return row;
  }

  return {
    async create(actor: Person, input: NewTrainingEventInput): Promise<TrainingEventDto> {
      const startsAt = new Date(input.startsAt);
      const endsAt = new Date(input.endsAt);
      if (endsAt <= startsAt) throw invalid('/body/endsAt', 'must be after startsAt', 'Thời điểm kết thúc phải sau khi bắt đầu');
      if (!input.place?.trim() && !input.onlineUrl) {
        throw invalid('/body/place', 'a place or an online link is required', 'Cần địa điểm hoặc đường dẫn trực tuyến');
      }
      const row = await deps.db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(trainingEvents)
          .values({
            kind: input.kind,
            title: input.title.trim(),
            description: input.description.trim(),
            audience: input.audience,
            startsAt,
            endsAt,
            place: input.place?.trim() || null,
            onlineUrl: input.onlineUrl ?? null,
            capacity: input.capacity,
            createdBy: actor.userId,
          })
          .returning();
        if (!inserted) throw new Error('event not inserted');
        await deps.audit.record(tx, {
          entityType: 'training-event',
          entityId: inserted.id,
          action: 'create',
          actor,
          details: { title: inserted.title },
        });
        return inserted;
      });
      return presentEvent(row, now());
    },

    /** Every event, the latest to start first (staff take attendance after the day). */
    async all(): Promise<TrainingEventDto[]> {
      const at = now();
      const rows = await deps.db.select().from(trainingEvents).orderBy(desc(trainingEvents.startsAt)).limit(200);
      return rows.map((row) => presentEvent(row, at));
    },

    /** Events still to come (or under way), soonest first. */
    async upcoming(): Promise<TrainingEventDto[]> {
      const at = now();
      const rows = await deps.db
        .select()
        .from(trainingEvents)
        .where(gt(trainingEvents.endsAt, at))
        .orderBy(asc(trainingEvents.startsAt))
        .limit(100);
      return rows.map((row) => presentEvent(row, at));
    },

    async get(id: string): Promise<TrainingEventDto> {
      return presentEvent(await load(id), now());
    },

    /** One seat, taken atomically: the count moves only while below the capacity and before the start. */
    async register(eventId: string, input: RegisterInput): Promise<{ registration: RegistrationDto; event: TrainingEventDto }> {
      await load(eventId);
      const at = now();
      try {
        return await deps.db.transaction(async (tx) => {
          const [seat] = await tx
            .update(trainingEvents)
            .set({ registeredCount: sql`${trainingEvents.registeredCount} + 1` })
            .where(
              and(
                eq(trainingEvents.id, eventId),
                lt(trainingEvents.registeredCount, trainingEvents.capacity),
                gt(trainingEvents.startsAt, at),
              ),
            )
            .returning();
          if (!seat) throw programmeErrors.PROGRAMME_EVENT_FULL();
          const [row] = await tx
            .insert(registrations)
            .values({
              eventId,
              fullName: input.fullName.trim(),
              email: input.email.trim().toLowerCase(),
              phone: input.phone?.trim() || null,
              organisation: input.organisation?.trim() || null,
            })
            .returning();
          if (!row) throw new Error('registration not inserted');
          await deps.outbox.write(tx, ProgrammeEvents.registrationCreated, { registrationId: row.id, eventId });
          return { registration: presentRegistration(row), event: presentEvent(seat, at) };
        });
      } catch (error) {
        // the transaction gave the seat back
        if (isUniqueViolation(error)) throw programmeErrors.PROGRAMME_ALREADY_REGISTERED();
        throw error;
      }
    },

    async registration(id: string): Promise<RegistrationDto | null> {
      const [row] = await deps.db.select().from(registrations).where(eq(registrations.id, id));
      return row ? presentRegistration(row) : null;
    },

    async registrationsOf(eventId: string): Promise<RegistrationDto[]> {
      await load(eventId);
      const rows = await deps.db
        .select()
        .from(registrations)
        .where(eq(registrations.eventId, eventId))
        .orderBy(asc(registrations.createdAt));
      return rows.map(presentRegistration);
    },

    /** Staff record (or take back) a person's attendance. */
    async markAttended(actor: Person, eventId: string, registrationId: string, attended: boolean): Promise<RegistrationDto> {
      const row = await deps.db.transaction(async (tx) => {
        const [before] = await tx
          .select({ attendedAt: registrations.attendedAt, certifiedAt: registrations.certifiedAt })
          .from(registrations)
          .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId)))
          .for('update');
        if (!before) throw programmeErrors.PROGRAMME_EVENT_NOT_FOUND();
        const certify = attended && !before.certifiedAt;
        const [updated] = await tx
          .update(registrations)
          .set({ attendedAt: attended ? (before.attendedAt ?? now()) : null, ...(certify ? { certifiedAt: now() } : {}) })
          .where(eq(registrations.id, registrationId))
          .returning();
        if (!updated) throw programmeErrors.PROGRAMME_EVENT_NOT_FOUND();
        await deps.audit.record(tx, {
          entityType: 'training-event',
          entityId: eventId,
          action: attended ? 'attended' : 'not-attended',
          actor,
          details: { registrationId },
        });
        // the certificate is mailed once, when attendance is first recorded
        if (certify) {
          await deps.outbox.write(tx, ProgrammeEvents.attendanceRecorded, { registrationId, eventId });
        }
        return updated;
      });
      return presentRegistration(row);
    },

    /** People who attended the events for an audience that started in a Việt Nam year. */
    async attendance(year: number, audience: string): Promise<number> {
      const { from, to } = vnYearRange(year);
      const [row] = await deps.db
        .select({ n: sql<number>`count(*)::int` })
        .from(registrations)
        .innerJoin(trainingEvents, eq(trainingEvents.id, registrations.eventId))
        .where(
          and(
            eq(trainingEvents.audience, audience),
            gte(trainingEvents.startsAt, from),
            lt(trainingEvents.startsAt, to),
            isNotNull(registrations.attendedAt),
          ),
        );
      return Number(row?.n ?? 0);
    },
  };
}

export type TrainingService = ReturnType<typeof createTrainingService>;
