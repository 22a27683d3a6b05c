import type { AppState } from "../apps/app-state.js";
import { recordRightsEvaluator } from "../auth/record-rights.js";
import type { StoredRecord } from "../query/index.js";
import type { RequestContext } from "../routes/route.js";
import { compileKintoneQuery, queryContextFor } from "./query-context-for.js";

/** The records a query matches that the principal may view, in the query's order. */
export function queryRecords(
  ctx: RequestContext,
  app: AppState,
  query: string,
): { records: StoredRecord[]; limit: number | undefined; offset: number | undefined } {
  const compiled = compileKintoneQuery(
    query,
    queryContextFor(app, ctx.principal, ctx.now, ctx.timeZone),
  );
  const rights = recordRightsEvaluator(ctx.principal, app, ctx.now, ctx.timeZone);
  const records: StoredRecord[] = [];
  for (const record of ctx.db.records(app.id)) {
    if (compiled.matches(record) && rights(record).viewable) records.push(record);
  }
  records.sort((a, b) => compiled.compare(a, b));
  return { records, limit: compiled.limit, offset: compiled.offset };
}
