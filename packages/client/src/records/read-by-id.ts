import type { SavedRecord } from "@kintone-typed/types";
import type { ClientMethods } from "../generated/methods.gen.js";
import { andConditions, type ReadOptions, recordId, withRecordId } from "./record-query.js";

/** kintone's largest page of getRecords. */
const pageSize = 500;

/** Reads pages of matching records by ascending `$id`, seeking past the last one read, optionally within `[from, to]`. */
export async function* readById<R extends SavedRecord>(
  client: ClientMethods,
  options: ReadOptions<R>,
  range: { from?: number; to?: number } = {},
): AsyncGenerator<R[], void, undefined> {
  const fields = withRecordId(options.fields);
  let after = range.from === undefined ? 0 : range.from - 1;
  const upper = range.to === undefined ? undefined : `$id <= ${range.to}`;
  for (;;) {
    const condition = andConditions(options.condition, `$id > ${after}`, upper);
    const { records } = await client.record.getRecords<R>(
      {
        app: options.app,
        query: `${condition} order by $id asc limit ${pageSize}`,
        ...(fields && { fields }),
      },
      { ...(options.signal && { signal: options.signal }) },
    );
    const last = records.at(-1);
    if (last === undefined) return;
    yield records;
    if (records.length < pageSize) return;
    after = recordId(last);
  }
}
