import type { SavedRecord } from "@kintone-typed/types";

/** Options every all-records read accepts. */
export type ReadOptions<R extends SavedRecord> = {
  app: number | string;
  /** A query condition without `order by`, `limit` or `offset`, such as `stage in ("Won")`. */
  condition?: string;
  /** The fields to return; `$id` is added when missing, because paging needs it. */
  fields?: (keyof R & string)[];
  /** Aborts the reading; an open cursor is still deleted. */
  signal?: AbortSignal;
};

/** The condition combined with more terms by `and`, each parenthesised so an `or` inside cannot widen the others. */
export function andConditions(...conditions: (string | undefined)[]): string {
  const present = conditions.filter((condition): condition is string => !!condition?.trim());
  return present.length === 1 ? (present[0] ?? "") : present.map((c) => `(${c})`).join(" and ");
}

/** The fields with `$id` added when a list is given without it. */
export function withRecordId<R extends SavedRecord>(
  fields: (keyof R & string)[] | undefined,
): (keyof R & string)[] | undefined {
  if (fields === undefined || fields.includes("$id")) return fields;
  // Every record has the `$id` system field, though per-app types may not list it.
  return [...fields, "$id" as keyof R & string];
}

/** The numeric `$id` of a record read with `$id` among its fields. */
export function recordId(record: SavedRecord): number {
  const id = Number(record.$id?.value);
  if (!Number.isSafeInteger(id)) throw new Error("A record was returned without its $id field");
  return id;
}
