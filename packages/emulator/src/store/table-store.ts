import { FieldValueIndex } from "./field-value-index.js";

/** One committed mutation of a table entry; a `null` value deletes the entry. */
export type Change = { table: string; key: string; value: unknown };

/** In-memory tables of JSON values: the whole emulator state. */
export class TableStore {
  readonly #tables = new Map<string, Map<string, unknown>>();
  readonly #index = new FieldValueIndex();
  // Each table's values as an array, built on first read after a change: queries read them all.
  readonly #arrays = new Map<string, readonly unknown[]>();

  /** The entry of a table, or undefined. */
  get(table: string, key: string): unknown {
    return this.#tables.get(table)?.get(key);
  }

  /** All entries of a table (empty when the table does not exist). */
  table(table: string): ReadonlyMap<string, unknown> {
    return this.#tables.get(table) ?? new Map();
  }

  /** Every value of a table, in key insertion order; the array is shared and must not be changed. */
  values(table: string): readonly unknown[] {
    let values = this.#arrays.get(table);
    if (!values) {
      values = [...this.table(table).values()];
      this.#arrays.set(table, values);
    }
    return values;
  }

  /** The keys of the entries of a table whose field holds the value (`entry[field].value`). */
  keysWithValue(table: string, field: string, value: string): ReadonlySet<string> {
    return this.#index.keys(table, field, value, () => this.table(table));
  }

  /** Applies changes in order; applying the same changes twice gives the same state. */
  apply(changes: readonly Change[]): void {
    for (const { table, key, value } of changes) {
      this.#arrays.delete(table);
      let entries = this.#tables.get(table);
      this.#index.update(table, key, entries?.get(key), value ?? undefined);
      if (value === null) {
        entries?.delete(key);
        if (entries?.size === 0) this.#tables.delete(table);
        continue;
      }
      if (!entries) {
        entries = new Map();
        this.#tables.set(table, entries);
      }
      entries.set(key, value);
    }
  }

  /** Empties every table. */
  clear(): void {
    this.#tables.clear();
    this.#index.clear();
    this.#arrays.clear();
  }

  /** The whole state as changes that rebuild it from empty. */
  dump(): Change[] {
    const changes: Change[] = [];
    for (const [table, entries] of this.#tables) {
      for (const [key, value] of entries) changes.push({ table, key, value });
    }
    return changes;
  }
}
