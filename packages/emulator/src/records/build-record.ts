import type { AppState } from "../apps/app-state.js";
import type { Principal } from "../auth/principal.js";
import { kintoneError, validationError } from "../errors/error-catalog.js";
import { IssueList } from "../errors/issue-list.js";
import { toMinuteUtc } from "../fields/date-values.js";
import { fieldTypes } from "../fields/field-types.js";
import { isBlank, wrongTypeMessage } from "../fields/value-shapes.js";
import type { Issue } from "../fields/write-context.js";
import type { StoredRecord } from "../query/index.js";
import type { Db } from "../store/db.js";
import { applyLookups } from "./apply-lookups.js";
import { defaultAssignees, initialState } from "./process-assignees.js";
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
  const record: StoredRecord = {};
  for (const [code, property] of Object.entries(fields)) {
    const behavior = fieldTypes[property.type];
    if (behavior.storage === "never") continue;
    if (
      behavior.storage === "whenEnabled" &&
      !isEnabled(property.type, property.enabled, settings.process.enable)
    )
      continue;
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
  applyLookups(fields, input, record, db, principal);
  for (const [code, property] of Object.entries(fields)) {
    const suffix = fieldTypes[property.type].requiredSuffix;
    if (property.required && suffix && code in record && isBlank(record[code]?.value)) {
      report(code, { suffix, message: "Required." });
    }
    if (
      property.unique &&
      fieldTypes[property.type].uniqueable &&
      isDuplicate(write, code, record)
    ) {
      report(code, { suffix: ".value", message: "This value already exists in another record." });
    }
  }
  issues.throwIfAny();
  setSystemValues(write, record);
  return record;
}

function setSystemValues(write: RecordWrite, record: StoredRecord): void {
  const { app, current, id, principal, now, db } = write;
  const revision = current ? Number(current.$revision?.value ?? "0") + 1 : 1;
  record.$id = { type: "__ID__", value: id };
  record.$revision = { type: "__REVISION__", value: String(revision) };
  for (const [code, property] of Object.entries(app.live.fields)) {
    if (property.type === "RECORD_NUMBER") record[code] = { type: property.type, value: id };
    if (!current) continue;
    if (property.type === "MODIFIER")
      record[code] = { type: property.type, value: principal.actor };
    if (property.type === "UPDATED_TIME")
      record[code] = { type: property.type, value: toMinuteUtc(now) };
  }
  if (current || !app.live.process.enable) return;
  const state = initialState(app.live) ?? "";
  for (const [code, property] of Object.entries(app.live.fields)) {
    if (property.type === "STATUS") record[code] = { type: property.type, value: state };
    if (property.type === "STATUS_ASSIGNEE") {
      record[code] = { type: property.type, value: defaultAssignees(app.live, state, record, db) };
    }
  }
}

function isEnabled(type: string, enabled: boolean | undefined, processEnabled: boolean): boolean {
  return type === "CATEGORY" ? enabled === true : processEnabled;
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
