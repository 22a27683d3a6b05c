import type { IdRange } from "./id-range.js";

/**
 * What a query may refer to: the app's fields (as GET /k/v1/app/form/fields.json returns them, keyed
 * by field code, subtable fields nested under their SUBTABLE's `fields`), plus the evaluation context.
 */
export type QueryContext = {
  fields: Record<
    string,
    {
      type: string;
      code: string;
      options?: Record<string, { label: string; index: string }>;
      fields?: Record<string, { type: string; code: string }>;
    }
  >;
  /** The instant TODAY(), NOW(), THIS_MONTH(), ... are evaluated at. */
  now: Date;
  /** IANA zone used to compute calendar days ("Asia/Tokyo", "UTC"). */
  timeZone: string;
  loginUser: {
    code: string;
    organizations: string[];
    primaryOrganization: string | null;
    groups: string[];
  };
};

/** A stored record in REST form: field code -> { type, value } as GET /k/v1/record.json returns it. */
export type StoredRecord = Record<string, { type: string; value: unknown }>;

/** A query ready to filter, sort and page records. */
export type CompiledQuery = {
  matches(record: StoredRecord): boolean;
  /** The `order by` order; kintone's default is `$id desc` when absent. */
  compare(a: StoredRecord, b: StoredRecord): number;
  /** The first `count` records (default all) in the `order by` order; cheaper than sorting with `compare`. */
  sort(records: readonly StoredRecord[], count?: number): StoredRecord[];
  hasOrderBy: boolean;
  /** The `$id` interval every matching record lies in, from the query's `$id` comparisons. */
  idRange: IdRange;
  /** The direction of the order when it is by `$id` first (so also without `order by`), else undefined. */
  idOrder: "asc" | "desc" | undefined;
  /** From the `limit` clause (0..500). */
  limit: number | undefined;
  /** From the `offset` clause (0..10000). */
  offset: number | undefined;
};
