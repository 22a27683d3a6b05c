import type { AppState, UserRef } from "../apps/app-state.js";
import { fieldCodeOfType } from "../apps/system-fields.js";
import { authorizeApp } from "../auth/authorize-app.js";
import { recordRightsEvaluator } from "../auth/record-rights.js";
import { kintoneError } from "../errors/error-catalog.js";
import { toMinuteUtc } from "../fields/date-values.js";
import type { StoredRecord } from "../query/index.js";
import { optionalRevision, positiveId } from "../routes/params.js";
import type { RequestContext } from "../routes/route.js";
import { assigneeCandidates, initialState } from "./process-assignees.js";
import { compileKintoneQuery, queryContextFor } from "./query-context-for.js";

/** The record a process operation targets, checked for existence, rights and revision. */
export function processTarget(
  ctx: RequestContext,
  app: AppState,
  item: { id?: unknown; revision?: unknown },
): StoredRecord {
  if (!app.live.process.enable) throw kintoneError("processDisabled");
  authorizeApp(ctx.principal, app, "edit");
  const id = positiveId(item.id, "id");
  const record = ctx.db.record(app.id, id);
  if (!record) throw kintoneError("recordNotFound", id);
  if (!recordRightsEvaluator(ctx.principal, app, ctx.now, ctx.timeZone)(record).editable) {
    throw kintoneError("noPermission");
  }
  const expected = optionalRevision(item.revision, "revision");
  if (expected !== undefined && String(expected) !== record.$revision?.value) {
    throw kintoneError("revisionConflict");
  }
  return record;
}

/** Runs a process action on a record; kintone counts an action as two revisions. */
export function changeStatus(
  ctx: RequestContext,
  app: AppState,
  item: { id?: unknown; action?: unknown; assignee?: unknown; revision?: unknown },
): { id: string; revision: string } {
  const record = processTarget(ctx, app, item);
  const fields = app.live.fields;
  const statusCode = fieldCodeOfType(fields, "STATUS") ?? "Status";
  const assigneeCode = fieldCodeOfType(fields, "STATUS_ASSIGNEE") ?? "Assignee";
  const current = String(record[statusCode]?.value ?? initialState(app.live) ?? "");
  const context = queryContextFor(app, ctx.principal, ctx.now, ctx.timeZone);
  const action = app.live.process.actions.find(
    (candidate) =>
      candidate.name === item.action &&
      candidate.from === current &&
      compileKintoneQuery(candidate.filterCond ?? "", context).matches(record),
  );
  if (!action) throw kintoneError("statusActionInvalid");
  const assignees = (record[assigneeCode]?.value as UserRef[] | undefined) ?? [];
  if (
    ctx.principal.kind === "user" &&
    assignees.length > 0 &&
    !assignees.some((assignee) => assignee.code === ctx.principal.actor.code)
  ) {
    throw kintoneError("notAssignee");
  }
  const next = nextAssignees(ctx, app, action.to, record, item.assignee);
  const revision = String(Number(record.$revision?.value ?? "0") + 2);
  ctx.db.putRecord(app.id, String(record.$id?.value), {
    ...touched(ctx, app, record, revision),
    [statusCode]: { type: "STATUS", value: action.to },
    [assigneeCode]: { type: "STATUS_ASSIGNEE", value: next },
  });
  return { id: String(record.$id?.value), revision };
}

/** The record with a new revision and the modifier and update time of this request. */
export function touched(
  ctx: RequestContext,
  app: AppState,
  record: StoredRecord,
  revision: string,
): StoredRecord {
  const result: StoredRecord = { ...record, $revision: { type: "__REVISION__", value: revision } };
  for (const [code, property] of Object.entries(app.live.fields)) {
    if (property.type === "MODIFIER")
      result[code] = { type: property.type, value: ctx.principal.actor };
    if (property.type === "UPDATED_TIME")
      result[code] = { type: property.type, value: toMinuteUtc(ctx.now) };
  }
  return result;
}

function nextAssignees(
  ctx: RequestContext,
  app: AppState,
  state: string,
  record: StoredRecord,
  chosen: unknown,
): UserRef[] {
  const rule = app.live.process.states[state]?.assignee;
  if (!rule) return [];
  const candidates = assigneeCandidates(rule, record, ctx.db);
  if (rule.type !== "ONE" || candidates.length === 0) return candidates;
  if (chosen === undefined || chosen === null || chosen === "")
    throw kintoneError("assigneeRequired");
  const code = String(chosen);
  if (!ctx.db.user(code)) throw kintoneError("userNotFound", code);
  const match = candidates.find((candidate) => candidate.code === code);
  if (!match) throw kintoneError("assigneeRequired");
  return [match];
}
