type Entries = () => Iterable<readonly [string, unknown]>;

/**
 * Which entries of a table hold a string in a field (`entry[field].value`), so unique checks,
 * updateKey and lookups find records without scanning them all. Built per table and field on
 * first use, then kept current by {@link FieldValueIndex.update}.
 */
export class FieldValueIndex {
  readonly #tables = new Map<string, Map<string, Map<string, Set<string>>>>();

  /** The keys of the entries whose field holds the value; `entries` lists the table when the index is built. */
  keys(table: string, field: string, value: string, entries: Entries): ReadonlySet<string> {
    let fields = this.#tables.get(table);
    if (!fields) {
      fields = new Map();
      this.#tables.set(table, fields);
    }
    let byValue = fields.get(field);
    if (!byValue) {
      byValue = new Map();
      for (const [key, entry] of entries()) add(byValue, fieldValue(entry, field), key);
      fields.set(field, byValue);
    }
    return byValue.get(value) ?? new Set();
  }

  /** Records that an entry changed from `previous` to `next` (undefined when absent). */
  update(table: string, key: string, previous: unknown, next: unknown): void {
    const fields = this.#tables.get(table);
    if (!fields) return;
    for (const [field, byValue] of fields) {
      const before = fieldValue(previous, field);
      const after = fieldValue(next, field);
      if (before === after) continue;
      if (before !== undefined) {
        const keys = byValue.get(before);
        keys?.delete(key);
        if (keys?.size === 0) byValue.delete(before);
      }
      add(byValue, after, key);
    }
  }

  /** Forgets every index. */
  clear(): void {
    this.#tables.clear();
  }
}

/** The string an entry holds in a field, if any. */
export function fieldValue(entry: unknown, field: string): string | undefined {
  if (typeof entry !== "object" || entry === null) return undefined;
  const cell: unknown = (entry as Record<string, unknown>)[field];
  if (typeof cell !== "object" || cell === null) return undefined;
  const value: unknown = (cell as Record<string, unknown>).value;
  return typeof value === "string" ? value : undefined;
}

function add(byValue: Map<string, Set<string>>, value: string | undefined, key: string): void {
  if (value === undefined) return;
  const keys = byValue.get(value);
  if (keys) keys.add(key);
  else byValue.set(value, new Set([key]));
}
