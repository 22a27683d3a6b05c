import type { AppState } from "../apps/app-state.js";
import { recordRightsEvaluator } from "../auth/record-rights.js";
import type { StoredRecord } from "../query/index.js";
import type { RequestContext } from "../routes/route.js";
import { compileKintoneQuery, queryContextFor } from "./query-context-for.js";

/** The records a query selects, how many match in all, and the query's own limit and offset. */
export type QueryResult = {
  records: StoredRecord[];
  total: number;
  limit: number | undefined;
  offset: number | undefined;
};

/**
 * The records a query matches that the principal may view, in the query's order: all of them, or
 * with `defaultLimit` only the page its `limit` (else `defaultLimit`) and `offset` select.
 */
export function queryRecords(
  ctx: RequestContext,
  app: AppState,
  query: string,
  defaultLimit?: number,
): QueryResult {
  const compiled = compileKintoneQuery(
    query,
    queryContextFor(app, ctx.principal, ctx.now, ctx.timeZone),
  );
  const rights = recordRightsEvaluator(ctx.principal, app, ctx.now, ctx.timeZone);
  const matches: StoredRecord[] = [];
  for (const record of ctx.db.records(app.id)) {
    if (compiled.matches(record) && rights(record).viewable) matches.push(record);
  }
  const { limit, offset } = compiled;
  if (defaultLimit === undefined) {
    return { records: compiled.sort(matches), total: matches.length, limit, offset };
  }
  const start = offset ?? 0;
  const records = compiled.sort(matches, start + (limit ?? defaultLimit)).slice(start);
  return { records, total: matches.length, limit, offset };
}
