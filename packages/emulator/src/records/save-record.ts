import type { AppState } from "../apps/app-state.js";
import { authorizeApp } from "../auth/authorize-app.js";
import { recordRightsEvaluator } from "../auth/record-rights.js";
import { kintoneError, validationError } from "../errors/error-catalog.js";
import { fieldTypes } from "../fields/field-types.js";
import type { StoredRecord } from "../query/index.js";
import { optionalRevision, positiveId } from "../routes/params.js";
import type { WriteScope } from "../routes/route.js";
import { buildRecord, type RecordWrite } from "./build-record.js";

/** Adds one record; returns its id and revision. */
export function addRecord(
  ctx: WriteScope,
  app: AppState,
  input: unknown,
  prefix: string,
): { id: string; revision: string } {
  authorizeApp(ctx.principal, app, "add");
  const id = String(ctx.db.next(`record/${app.id}`));
  const record = buildRecord(writeOf(ctx, app, prefix, input, undefined, id));
  ctx.db.putRecord(app.id, id, record);
  return { id, revision: "1" };
}

/** One update as PUT record.json and PUT records.json items carry it. */
export type UpdateItem = {
  id?: unknown;
  updateKey?: unknown;
  record?: unknown;
  revision?: unknown;
};

/**
 * Updates one record (by id or updateKey), or adds it when `upsert` finds none. `at` locates the
 * item in the request body (`records[3]`, or "" for PUT record.json), and errors are keyed under it.
 */
export function updateRecord(
  ctx: WriteScope,
  app: AppState,
  item: UpdateItem,
  at: string,
  upsert: boolean,
): { id: string; revision: string; operation: "INSERT" | "UPDATE" } {
  const where = (name: string): string => (at ? `${at}.${name}` : name);
  const prefix = where("record");
  const current = findTarget(ctx, app, item, upsert, where);
  if (!current) {
    const key = item.updateKey as { field: string; value: unknown };
    const input = {
      ...(item.record as Record<string, unknown> | undefined),
      [key.field]: { value: key.value },
    };
    return { ...addRecord(ctx, app, input, prefix), operation: "INSERT" };
  }
  authorizeApp(ctx.principal, app, "edit");
  const id = String(current.$id?.value);
  if (!recordRightsEvaluator(ctx.principal, app, ctx.now, ctx.timeZone)(current).editable) {
    throw kintoneError("noPermission");
  }
  const expected = optionalRevision(item.revision, where("revision"));
  if (expected !== undefined && String(expected) !== current.$revision?.value) {
    throw kintoneError("revisionConflict");
  }
  const record = buildRecord(writeOf(ctx, app, prefix, item.record, current, id));
  ctx.db.putRecord(app.id, id, record);
  return { id, revision: String(record.$revision?.value), operation: "UPDATE" };
}

function findTarget(
  ctx: WriteScope,
  app: AppState,
  item: UpdateItem,
  upsert: boolean,
  where: (name: string) => string,
): StoredRecord | undefined {
  if (item.id !== undefined && item.id !== null) {
    const id = positiveId(item.id, where("id"));
    const record = ctx.db.record(app.id, id);
    if (!record) throw kintoneError("recordNotFound", id);
    return record;
  }
  const key = item.updateKey as { field?: unknown; value?: unknown } | undefined;
  if (!key || typeof key.field !== "string")
    throw validationError({ [where("id")]: ["Required field."] });
  const property = app.live.fields[key.field];
  if (!property?.unique || !fieldTypes[property.type].uniqueable) {
    throw validationError({
      [where("updateKey.field")]: ["The field must be a field that prohibits duplicate values."],
    });
  }
  const [id] = ctx.db.recordIdsWithValue(app.id, key.field, String(key.value));
  const record = id === undefined ? undefined : ctx.db.record(app.id, id);
  if (record) return record;
  if (upsert) return undefined;
  throw kintoneError("updateKeyNotFound", key.field, String(key.value));
}

// One object literal of fixed shape: a spread here made every record write markedly slower.
function writeOf(
  ctx: WriteScope,
  app: AppState,
  prefix: string,
  input: unknown,
  current: StoredRecord | undefined,
  id: string,
): RecordWrite {
  return {
    app,
    input,
    current,
    prefix,
    id,
    db: ctx.db,
    principal: ctx.principal,
    now: ctx.now,
    timeZone: ctx.timeZone,
  };
}
