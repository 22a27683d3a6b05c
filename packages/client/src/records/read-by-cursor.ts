import type { SavedRecord } from "@kintone-typed/types";
import type { ClientMethods } from "../generated/methods.gen.js";
import type { ReadOptions } from "./record-query.js";

/** Reads pages of matching records in `orderBy` order through a cursor, deleting it when reading stops early. */
export async function* readByCursor<R extends SavedRecord>(
  client: ClientMethods,
  options: ReadOptions<R> & { orderBy: string },
): AsyncGenerator<R[], void, undefined> {
  const signal = { ...(options.signal && { signal: options.signal }) };
  const query = `${options.condition?.trim() ?? ""} order by ${options.orderBy}`.trim();
  const { id } = await client.record.createCursor<R>(
    { app: options.app, query, size: 500, ...(options.fields && { fields: options.fields }) },
    signal,
  );
  let done = false;
  try {
    while (!done) {
      const page = await client.record.getRecordsByCursor<R>({ id }, signal);
      done = !page.next;
      yield page.records;
    }
  } finally {
    // kintone releases a used-up cursor itself; one left open would count against the domain's 10 until it expires.
    if (!done) await client.record.deleteCursor({ id });
  }
}
