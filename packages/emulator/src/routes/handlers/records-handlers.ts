import { authorizeApp } from "../../auth/authorize-app.js";
import { recordRightsEvaluator } from "../../auth/record-rights.js";
import { kintoneError, validationError } from "../../errors/error-catalog.js";
import { presentRecord } from "../../records/present-record.js";
import { queryRecords } from "../../records/query-records.js";
import { addRecord, type UpdateItem, updateRecord } from "../../records/save-record.js";
import { appFor } from "../app-for.js";
import { booleanParam, objectArray, optionalRevision, positiveId, stringArray } from "../params.js";
import type { RequestContext } from "../route.js";

const defaultLimit = 100;

/** GET records.json: the records a query matches, 100 by default and 500 at most. */
export function getRecords(ctx: RequestContext): unknown {
  const app = appFor(ctx, "view");
  const fields = stringArray(ctx.params, "fields");
  const query = typeof ctx.params.query === "string" ? ctx.params.query : "";
  const countAll = booleanParam(ctx.params, "totalCount") === true;
  const { records, total } = queryRecords(ctx, app, query, { defaultLimit, countAll });
  return {
    records: records.map((record) => presentRecord(app, record, fields)),
    totalCount: countAll ? String(total) : null,
  };
}

/** POST records.json: adds up to 100 records, all or none. */
export function postRecords(ctx: RequestContext): unknown {
  const app = appFor(ctx, "add");
  const items = objectArray(
    ctx.params,
    "records",
    100,
    "A maximum of 100 records can be added at one time.",
  );
  const results = items.map((input, index) => addRecord(ctx, app, input, `records[${index}]`));
  return {
    ids: results.map((result) => result.id),
    revisions: results.map((result) => result.revision),
  };
}

/** PUT records.json: updates up to 100 records, all or none; `upsert` adds missing ones. */
export function putRecords(ctx: RequestContext): unknown {
  const app = appFor(ctx, "edit");
  const upsert = booleanParam(ctx.params, "upsert") ?? false;
  const items = objectArray(
    ctx.params,
    "records",
    100,
    "A maximum of 100 records can be updated at one time.",
  );
  const results = items.map((item, index) =>
    updateRecord(ctx, app, item as UpdateItem, `records[${index}]`, upsert),
  );
  return {
    records: results.map(({ id, revision, operation }) =>
      upsert ? { id, revision, operation } : { id, revision },
    ),
  };
}

/** DELETE records.json: deletes up to 100 records, all or none, optionally checking revisions. */
export function deleteRecords(ctx: RequestContext): unknown {
  const app = appFor(ctx, "delete");
  const ids = stringArray(ctx.params, "ids") ?? [];
  if (ids.length === 0 || ids.length > 100) {
    const range = "Between 1 and 100 records can be deleted at one time.";
    throw validationError({ ids: ids.length === 0 ? ["Required field.", range] : [range] });
  }
  const revisions = stringArray(ctx.params, "revisions");
  const rights = recordRightsEvaluator(ctx.principal, app, ctx.now, ctx.timeZone);
  authorizeApp(ctx.principal, app, "delete");
  ids.forEach((raw, index) => {
    const id = positiveId(raw, `ids[${index}]`);
    const record = ctx.db.record(app.id, id);
    if (!record) throw kintoneError("recordNotFound", id);
    if (!rights(record).deletable) throw kintoneError("noPermission");
    const expected = optionalRevision(revisions?.[index], `revisions[${index}]`);
    if (expected !== undefined && String(expected) !== record.$revision?.value) {
      throw kintoneError("revisionConflict");
    }
    ctx.db.deleteRecord(app.id, id);
  });
  return {};
}
