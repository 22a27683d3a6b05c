import { FieldValueIndex, fieldValue } from "./field-value-index.js";
import type { Change, TableStore } from "./table-store.js";

/** Buffered changes over a store: reads see them, the store sees them only when committed. */
export class Transaction {
  readonly #store: TableStore;
  readonly #overlay = new Map<string, Map<string, unknown>>();
  readonly #overlayIndex = new FieldValueIndex();

  constructor(store: TableStore) {
    this.#store = store;
  }

  /** The entry as this transaction sees it, or undefined. */
  get(table: string, key: string): unknown {
    const overlay = this.#overlay.get(table);
    if (overlay?.has(key)) return overlay.get(key) ?? undefined;
    return this.#store.get(table, key);
  }

  /** Every value of a table as this transaction sees it, in key insertion order; not to be changed. */
  values(table: string): readonly unknown[] {
    const overlay = this.#overlay.get(table);
    if (!overlay) return this.#store.values(table);
    // Plain loops, not a generator: record scans visit every record per query.
    const values: unknown[] = [];
    for (const [key, value] of this.#store.table(table)) {
      if (!overlay.has(key)) values.push(value);
      else if (overlay.get(key) !== null) values.push(overlay.get(key));
    }
    for (const [key, value] of overlay) {
      if (value !== null && this.#store.get(table, key) === undefined) values.push(value);
    }
    return values;
  }

  /** The keys of the entries whose field holds the value (`entry[field].value`), as this transaction sees them. */
  keysWithValue(table: string, field: string, value: string): string[] {
    const candidates = new Set(this.#store.keysWithValue(table, field, value));
    const written = () => this.#overlay.get(table)?.entries() ?? [];
    for (const key of this.#overlayIndex.keys(table, field, value, written)) candidates.add(key);
    // The store's keys may have been changed or deleted by this transaction.
    return [...candidates].filter((key) => fieldValue(this.get(table, key), field) === value);
  }

  /** Sets an entry. */
  put(table: string, key: string, value: unknown): void {
    let overlay = this.#overlay.get(table);
    if (!overlay) {
      overlay = new Map();
      this.#overlay.set(table, overlay);
    }
    this.#overlayIndex.update(table, key, overlay.get(key) ?? undefined, value ?? undefined);
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
