import type { Migration } from '@tradeqn/db';
import type { InboxTable, OutboxTable, Subscriber } from '@tradeqn/events';
import type { ServiceModule } from '@tradeqn/kit';

/**
 * A service module as the runtime wires it: its outbox is relayed, its jobs run on the bus, both
 * event tables are pruned after the retention, and its PostgreSQL functions
 * (`services/<service>/sql/`) are applied after its migrations.
 */
export type RuntimeModule = ServiceModule<unknown, Subscriber> & {
  outbox?: OutboxTable;
  inbox?: InboxTable;
  sqlFolder?: string;
};

/** What to migrate for these modules, in their order. */
export function migrationsOf(modules: readonly RuntimeModule[]): Migration[] {
  return modules.flatMap((module) =>
    module.migrationsFolder
      ? [{ service: module.name, folder: module.migrationsFolder, ...(module.sqlFolder ? { sqlFolder: module.sqlFolder } : {}) }]
      : [],
  );
}
