import { recordRightsEvaluator } from "../../auth/record-rights.js";
import { kintoneError } from "../../errors/error-catalog.js";
import { presentRecord } from "../../records/present-record.js";
import { addRecord, type UpdateItem, updateRecord } from "../../records/save-record.js";
import { appFor } from "../app-for.js";
import { booleanParam, requiredId } from "../params.js";
import type { RequestContext } from "../route.js";

/** GET record.json: one record. */
export function getRecord(ctx: RequestContext): unknown {
  const app = appFor(ctx, "view");
  const id = requiredId(ctx.params, "id");
  const record = ctx.db.record(app.id, id);
  if (!record) throw kintoneError("recordNotFound", id);
  if (!recordRightsEvaluator(ctx.principal, app, ctx.now, ctx.timeZone)(record).viewable) {
    throw kintoneError("noPermission");
  }
  return { record: presentRecord(app, record) };
}

/** POST record.json: adds one record. */
export function postRecord(ctx: RequestContext): unknown {
  const app = appFor(ctx, "add");
  return addRecord(ctx, app, ctx.params.record, "record");
}

/** PUT record.json: updates one record by id or updateKey (or adds it with upsert). */
export function putRecord(ctx: RequestContext): unknown {
  const app = appFor(ctx, "edit");
  const upsert = booleanParam(ctx.params, "upsert") ?? false;
  const result = updateRecord(ctx, app, ctx.params as UpdateItem, "", upsert);
  return upsert ? result : { revision: result.revision };
}
