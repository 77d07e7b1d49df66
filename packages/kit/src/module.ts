import type { FastifyPluginAsync } from 'fastify';
import type { PartnerKeys } from './partner-keys.ts';

/**
 * What a service folder exports (`createXModule(deps)`): its contract for other services,
 * its routes as an encapsulated plugin, the queue handlers it owns and where its migrations are.
 */
export interface ServiceModule<Api = unknown, Job = unknown> {
  name: string;
  api: Api;
  /** Registered under `/api/v1` (plus any root-level pages it declares itself). */
  routes: FastifyPluginAsync;
  /** Root-level pages, outside `/api/v1` (e.g. the e-mail verification link). */
  pages?: FastifyPluginAsync;
  jobs: readonly Job[];
  /** `migrations/<service>/`, applied at start-up in the order modules are listed; none for a service that owns no table (the web). */
  migrationsFolder?: string;
  /** What `/ready` should also ask (a search engine, an object store…). */
  readiness?: { name: string; check: () => Promise<void> }[];
  /** Start-up work after migrations: the first admin, demo data… Must be safe to run every start. */
  onStart?: (options: { demoData: boolean }) => Promise<void>;
  /** Housekeeping run on a timer by every worker (expired reservations, unpaid orders…); must be safe to run concurrently. */
  schedules?: readonly Schedule[];
  /**
   * Work to finish when the process stops, after the HTTP server has closed and before the
   * database does (counts held in memory written out).
   */
  onClose?: () => Promise<void>;
  /** The service that keeps partner API keys verifies `X-Api-Key` for the whole app. */
  partnerKeys?: PartnerKeys;
}

export interface Schedule {
  /** `<service>.<what-it-does>`, for logs. */
  name: string;
  everyMs: number;
  /** Does one round of the work; answers how many things it changed. */
  run(now: Date): Promise<number>;
}
