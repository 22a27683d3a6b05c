import type { SavedRecord } from "@kintone-typed/types";
import type { ClientMethods } from "../generated/methods.gen.js";
import { readByCursor } from "./read-by-cursor.js";
import { readById } from "./read-by-id.js";
import { readInParallel } from "./read-in-parallel.js";
import type { ReadOptions } from "./record-query.js";

/** Parameters of getAllRecords. */
export type GetAllRecordsParams<R extends SavedRecord = SavedRecord> = ReadOptions<R> & {
  /** An `order by` clause body such as `amount desc`; given, the records are read through a cursor. */
  orderBy?: string;
  /** Without `orderBy`: read with this many concurrent requests over slices of the `$id` range (records then arrive unordered). */
  parallel?: number;
};

/** The matching records, one at a time as an async iterable or all at once with `toArray()`. */
export type AllRecords<R> = AsyncIterable<R> & {
  /** Reads every matching record into one array. */
  toArray(): Promise<R[]>;
};

/** Reads every matching record: by `$id` seek without `orderBy`, through a cursor with it, or by parallel seeks when asked. */
export function getAllRecords<R extends SavedRecord>(
  client: ClientMethods,
  params: GetAllRecordsParams<R>,
): AllRecords<R> {
  const { orderBy, parallel, ...options } = params;
  if (orderBy !== undefined && parallel !== undefined)
    throw new Error("getAllRecords: `parallel` reads by $id and cannot be combined with `orderBy`");
  if (parallel !== undefined && (!Number.isInteger(parallel) || parallel < 1))
    throw new RangeError(`getAllRecords: parallel must be a positive integer, got ${parallel}`);
  const pages = () =>
    orderBy !== undefined
      ? readByCursor(client, { ...options, orderBy })
      : parallel !== undefined && parallel > 1
        ? readInParallel(client, options, parallel)
        : readById(client, options);
  return {
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page;
    },
    async toArray() {
      const records: R[] = [];
      for await (const page of pages()) records.push(...page);
      return records;
    },
  };
}
