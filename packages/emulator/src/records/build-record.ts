import type { AppState } from "../apps/app-state.js";
import type { Principal } from "../auth/principal.js";
import { kintoneError, validationError } from "../errors/error-catalog.js";
import { IssueList } from "../errors/issue-list.js";
import { toMinuteUtc } from "../fields/date-values.js";
import { isBlank, wrongTypeMessage } from "../fields/value-shapes.js";
import type { Issue } from "../fields/write-context.js";
import type { StoredRecord } from "../query/index.js";
import type { Db } from "../store/db.js";
import { applyLookups } from "./apply-lookups.js";
import { defaultAssignees, initialState } from "./process-assignees.js";
import { type RecordPlan, recordPlanOf } from "./record-plan.js";
import { writeContextFor } from "./write-context-for.js";

/** One record write: what was sent, where errors are reported, and what it applies to. */
export type RecordWrite = {
  app: AppState;
  input: unknown;
  /** The stored record an update applies to; undefined when adding. */
  current: StoredRecord | undefined;
  /** Where errors are keyed: `record` or `records[3]`. */
  prefix: string;
  id: string;
  db: Db;
  principal: Principal;
  now: Date;
  timeZone: string;
};

/** Validates and normalizes a written record into its stored form; throws kintone's errors. */
export function buildRecord(write: RecordWrite): StoredRecord {
  const { app, current, prefix, db, principal, now } = write;
  const settings = app.live;
  const fields = settings.fields;
  const input = asRecordInput(write.input, prefix);
  for (const code of Object.keys(input)) {
    if (!fields[code]) throw kintoneError("fieldNotFound", code);
  }
  const ctx = writeContextFor(db, principal.actor, now, write.timeZone, app.id);
  const issues = new IssueList();
  const report = (code: string, issue: Issue): void =>
    issues.add(
      issue.bracket ? `${prefix}[${code}]${issue.suffix}` : `${prefix}.${code}${issue.suffix}`,
      issue.message,
    );
  const plan = recordPlanOf(settings);
  const record: StoredRecord = {};
  for (const { code, property, behavior } of plan.stored) {
    const written = Object.hasOwn(input, code);
    const writable = behavior.write === "value" || (behavior.write === "addOnly" && !current);
    const before = current?.[code]?.value;
    let value: unknown;
    if (writable && written) {
      const normalized = behavior.normalize(cellValue(input[code]), property, ctx, before);
      for (const issue of normalized.issues) report(code, issue);
      value = normalized.value;
    } else if (current) value = code in current ? before : behavior.empty();
    else value = writable ? behavior.defaultValue(property, ctx) : behavior.empty();
    record[code] = { type: property.type, value };
  }
  applyLookups(plan.lookups, fields, input, record, db, principal);
  for (const { code, property, behavior } of plan.checked) {
    const suffix = behavior.requiredSuffix;
    if (property.required && suffix && code in record && isBlank(record[code]?.value)) {
      report(code, { suffix, message: "Required." });
    }
    if (property.unique && behavior.uniqueable && isDuplicate(write, code, record)) {
      report(code, { suffix: ".value", message: "This value already exists in another record." });
    }
  }
  issues.throwIfAny();
  setSystemValues(write, record, plan.system);
  return record;
}

function setSystemValues(
  write: RecordWrite,
  record: StoredRecord,
  system: RecordPlan["system"],
): void {
  const { app, current, id, principal, now, db } = write;
  const revision = current ? Number(current.$revision?.value ?? "0") + 1 : 1;
  record.$id = { type: "__ID__", value: id };
  record.$revision = { type: "__REVISION__", value: String(revision) };
  for (const { code } of system.RECORD_NUMBER) record[code] = { type: "RECORD_NUMBER", value: id };
  if (current) {
    for (const { code } of system.MODIFIER)
      record[code] = { type: "MODIFIER", value: principal.actor };
    for (const { code } of system.UPDATED_TIME)
      record[code] = { type: "UPDATED_TIME", value: toMinuteUtc(now) };
    return;
  }
  if (!app.live.process.enable) return;
  const state = initialState(app.live) ?? "";
  for (const { code } of system.STATUS) record[code] = { type: "STATUS", value: state };
  for (const { code } of system.STATUS_ASSIGNEE) {
    record[code] = {
      type: "STATUS_ASSIGNEE",
      value: defaultAssignees(app.live, state, record, db),
    };
  }
}

function isDuplicate(write: RecordWrite, code: string, record: StoredRecord): boolean {
  const value = record[code]?.value;
  if (typeof value !== "string" || isBlank(value)) return false;
  return write.db.recordIdsWithValue(write.app.id, code, value).some((id) => id !== write.id);
}

function asRecordInput(input: unknown, prefix: string): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  if (typeof input !== "object" || Array.isArray(input)) {
    throw validationError({ [prefix]: [wrongTypeMessage] });
  }
  return input as Record<string, unknown>;
}

function cellValue(cell: unknown): unknown {
  return typeof cell === "object" && cell !== null
    ? (cell as { value?: unknown }).value
    : undefined;
}
