import type { AppState } from "../apps/app-state.js";
import { recordRightsEvaluator } from "../auth/record-rights.js";
import type { CompiledQuery, StoredRecord } from "../query/index.js";
import type { RequestContext } from "../routes/route.js";
import { compileKintoneQuery, queryContextFor } from "./query-context-for.js";

/** The records a query selects, how many match in all (when counted), and the query's own limit and offset. */
export type QueryResult = {
  records: StoredRecord[];
  total: number | undefined;
  limit: number | undefined;
  offset: number | undefined;
};

/** Paging of a query: the limit when it has none, and whether every match must be counted. */
export type PageOptions = { defaultLimit: number; countAll: boolean };

/**
 * The records a query matches that the principal may view, in the query's order: all of them, or
 * with `page` only those its `limit` (else the default) and `offset` select.
 */
export function queryRecords(
  ctx: RequestContext,
  app: AppState,
  query: string,
  page?: PageOptions,
): QueryResult {
  const compiled = compileKintoneQuery(
    query,
    queryContextFor(app, ctx.principal, ctx.now, ctx.timeZone),
  );
  const rights = recordRightsEvaluator(ctx.principal, app, ctx.now, ctx.timeZone);
  const selects = (record: StoredRecord): boolean =>
    compiled.matches(record) && rights(record).viewable;
  const candidates = withinIdRange(ctx.db.records(app.id), compiled);
  const { limit, offset } = compiled;
  const start = offset ?? 0;
  const end = page && start + (limit ?? page.defaultLimit);
  if (end !== undefined && compiled.idOrder && !page?.countAll) {
    const records = firstSelected(candidates, compiled.idOrder, end, selects).slice(start);
    return { records, total: undefined, limit, offset };
  }
  const matches = candidates.filter(selects);
  const records = compiled.sort(matches, end).slice(end === undefined ? 0 : start);
  return { records, total: matches.length, limit, offset };
}

// Stored records ascend by $id, so binary search finds the query's $id interval.
function withinIdRange(
  records: readonly StoredRecord[],
  compiled: CompiledQuery,
): readonly StoredRecord[] {
  const { min, max } = compiled.idRange;
  if (min === Number.NEGATIVE_INFINITY && max === Number.POSITIVE_INFINITY) return records;
  return records.slice(firstIdAbove(records, min - 1), firstIdAbove(records, max));
}

function firstIdAbove(records: readonly StoredRecord[], id: number): number {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (Number(records[middle]?.$id?.value) > id) high = middle;
    else low = middle + 1;
  }
  return low;
}

// Walking in $id order, the first `count` selected records are the page: no need to look further.
function firstSelected(
  records: readonly StoredRecord[],
  direction: "asc" | "desc",
  count: number,
  selects: (record: StoredRecord) => boolean,
): StoredRecord[] {
  const selected: StoredRecord[] = [];
  const step = direction === "asc" ? 1 : -1;
  for (
    let index = direction === "asc" ? 0 : records.length - 1;
    index >= 0 && index < records.length && selected.length < count;
    index += step
  ) {
    const record = records[index] as StoredRecord;
    if (selects(record)) selected.push(record);
  }
  return selected;
}
