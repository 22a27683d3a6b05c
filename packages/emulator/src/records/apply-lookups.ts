import type { AppState } from "../apps/app-state.js";
import { appRightsOf } from "../auth/authorize-app.js";
import type { Principal } from "../auth/principal.js";
import { kintoneError } from "../errors/error-catalog.js";
import type { FieldProperty } from "../fields/field-property.js";
import { fieldTypes } from "../fields/field-types.js";
import { isBlank } from "../fields/value-shapes.js";
import type { StoredRecord } from "../query/index.js";
import type { Db } from "../store/db.js";
import type { PlannedField } from "./record-plan.js";

/** Copies mapped fields from the related app for every lookup whose key the write sets. */
export function applyLookups(
  lookups: readonly PlannedField[],
  fields: Record<string, FieldProperty>,
  written: Record<string, unknown>,
  record: StoredRecord,
  db: Db,
  principal: Principal,
): void {
  for (const { code, property } of lookups) {
    const lookup = property.lookup;
    if (!lookup || !Object.hasOwn(written, code)) continue;
    const key = record[code]?.value;
    const copy = (field: string, value: unknown): void => {
      const type = fields[field]?.type;
      if (type) record[field] = { type, value };
    };
    if (isBlank(key)) {
      for (const mapping of lookup.fieldMappings) {
        const type = fields[mapping.field]?.type;
        if (type) copy(mapping.field, fieldTypes[type].empty());
      }
      continue;
    }
    const source = findSource(
      db.app(lookup.relatedApp.app),
      lookup.relatedKeyField,
      String(key),
      db,
      principal,
    );
    if (!source) throw kintoneError("lookupNoMatch", code, String(key));
    for (const mapping of lookup.fieldMappings) {
      copy(mapping.field, structuredClone(source[mapping.relatedField]?.value ?? ""));
    }
  }
}

function findSource(
  app: AppState | undefined,
  keyField: string,
  key: string,
  db: Db,
  principal: Principal,
): StoredRecord | undefined {
  // kintone needs view access to the related app too (with tokens: a token of that app).
  if (!app || !appRightsOf(principal, app)?.view) return undefined;
  const [id] = db.recordIdsWithValue(app.id, keyField, key);
  return id === undefined ? undefined : db.record(app.id, id);
}
