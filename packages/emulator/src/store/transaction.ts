import type { Change, TableStore } from "./table-store.js";

/** Buffered changes over a store: reads see them, the store sees them only when committed. */
export class Transaction {
  readonly #store: TableStore;
  readonly #overlay = new Map<string, Map<string, unknown>>();

  constructor(store: TableStore) {
    this.#store = store;
  }

  /** The entry as this transaction sees it, or undefined. */
  get(table: string, key: string): unknown {
    const overlay = this.#overlay.get(table);
    if (overlay?.has(key)) return overlay.get(key) ?? undefined;
    return this.#store.get(table, key);
  }

  /** Every entry of a table as this transaction sees it, in key insertion order. */
  *entries(table: string): Generator<[string, unknown]> {
    const overlay = this.#overlay.get(table);
    for (const [key, value] of this.#store.table(table)) {
      if (!overlay?.has(key)) yield [key, value];
      else if (overlay.get(key) !== null) yield [key, overlay.get(key)];
    }
    if (!overlay) return;
    for (const [key, value] of overlay) {
      if (value !== null && this.#store.get(table, key) === undefined) yield [key, value];
    }
  }

  /** Sets an entry. */
  put(table: string, key: string, value: unknown): void {
    let overlay = this.#overlay.get(table);
    if (!overlay) {
      overlay = new Map();
      this.#overlay.set(table, overlay);
    }
    overlay.set(key, value);
  }

  /** Removes an entry. */
  delete(table: string, key: string): void {
    this.put(table, key, null);
  }

  /** The buffered changes, in the order the tables were first touched. */
  changes(): Change[] {
    const changes: Change[] = [];
    for (const [table, overlay] of this.#overlay) {
      for (const [key, value] of overlay) changes.push({ table, key, value });
    }
    return changes;
  }
}
