import { validationError } from "../../errors/error-catalog.js";
import { presentRecord } from "../../records/present-record.js";
import { queryRecords } from "../../records/query-records.js";
import { appFor } from "../app-for.js";
import { optionalInt, stringArray } from "../params.js";
import type { RequestContext } from "../route.js";

/** POST records/cursor.json: fixes the matching records and returns the cursor id. */
export function createCursor(ctx: RequestContext): unknown {
  const app = appFor(ctx, "view");
  const size = optionalInt(ctx.params, "size", { min: 1, max: 500 }) ?? 100;
  const query = typeof ctx.params.query === "string" ? ctx.params.query : "";
  const { records, limit, offset } = queryRecords(ctx, app, query);
  if (limit !== undefined || offset !== undefined) {
    // chosen: kintone rejects limit/offset in cursor queries; its exact message is not public.
    throw validationError({ query: ["limit and offset cannot be used in a cursor query."] });
  }
  const cursor = ctx.runtime.cursors.create({
    app: app.id,
    fields: stringArray(ctx.params, "fields"),
    ids: records.map((record) => String(record.$id?.value)),
    size,
  });
  return { id: cursor.id, totalCount: String(records.length) };
}

/** GET records/cursor.json: the next page; the cursor closes itself after the last one. */
export function getCursor(ctx: RequestContext): unknown {
  const id = String(ctx.params.id ?? "");
  if (id === "") throw validationError({ id: ["Required field."] });
  const cursor = ctx.runtime.cursors.use(id);
  const app = appFor({ ...ctx, params: { app: cursor.app } }, "view");
  const page = cursor.ids.slice(cursor.position, cursor.position + cursor.size);
  cursor.position += page.length;
  const next = cursor.position < cursor.ids.length;
  if (!next) ctx.runtime.cursors.delete(cursor.id);
  const records = page.flatMap((recordId) => {
    const record = ctx.db.record(app.id, recordId);
    return record ? [presentRecord(app, record, cursor.fields)] : [];
  });
  return { records, next };
}

/** DELETE records/cursor.json: closes a cursor. */
export function deleteCursor(ctx: RequestContext): unknown {
  const id = String(ctx.params.id ?? "");
  if (id === "") throw validationError({ id: ["Required field."] });
  ctx.runtime.cursors.delete(id);
  return {};
}
