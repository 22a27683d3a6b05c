import type { SessionRegistry } from "../auth/session-registry.js";
import type { CursorRegistry } from "../cursors/cursor-registry.js";
import type { Persistence } from "../persistence/journal.js";
import type { Change, TableStore } from "../store/table-store.js";
import type { Transaction } from "../store/transaction.js";

/** The state and services every request works with. */
export type Runtime = {
  store: TableStore;
  persistence: Persistence;
  clock: () => Date;
  cursors: CursorRegistry;
  /** Browser sessions opened by the login endpoint; a reset keeps them. */
  sessions: SessionRegistry;
  /** Deploys by app id: when requested and whether a status read has seen them yet. */
  deploys: Map<string, { requestedAt: number; reported: boolean }>;
  deployDelayMs: number;
  defaultTimeZone: string;
  /** The seeded state, used on first start and on reset. */
  initialChanges: () => Change[];
};

/** Makes a transaction's changes durable, then visible; nothing happens for a read-only one. */
export function commit(runtime: Runtime, tx: Transaction): void {
  const changes = tx.changes();
  if (changes.length === 0) return;
  runtime.persistence.append(changes);
  runtime.store.apply(changes);
}
