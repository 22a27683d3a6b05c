import type { StoredRecord } from "./query-context.js";

/** A test over a record, or over one subtable row's field map. */
export type RecordTest = (record: StoredRecord) => boolean;

/** True when a stored SUBTABLE value has at least one row. */
export function hasRows(raw: unknown): boolean {
  return Array.isArray(raw) && raw.length > 0;
}

/** True when some row of a stored SUBTABLE value passes the test. */
export function someRow(raw: unknown, test: RecordTest): boolean {
  if (!Array.isArray(raw)) return false;
  for (const row of raw) {
    if (
      typeof row === "object" &&
      row !== null &&
      "value" in row &&
      isFieldMap(row.value) &&
      test(row.value)
    ) {
      return true;
    }
  }
  return false;
}

function isFieldMap(value: unknown): value is StoredRecord {
  return typeof value === "object" && value !== null;
}
