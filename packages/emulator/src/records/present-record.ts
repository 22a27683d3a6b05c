import type { AppState } from "../apps/app-state.js";
import { fieldTypes } from "../fields/field-types.js";
import type { StoredRecord } from "../query/index.js";
import { initialState } from "./process-assignees.js";

/** A stored record as the API returns it: the app's live fields, filtered to `fields` when given. */
export function presentRecord(
  app: AppState,
  stored: StoredRecord,
  fields?: readonly string[],
): StoredRecord {
  const settings = app.live;
  const output: StoredRecord = {};
  const wanted = fields && fields.length > 0 ? new Set(fields) : undefined;
  for (const [code, property] of Object.entries(settings.fields)) {
    if (wanted && !wanted.has(code)) continue;
    const behavior = fieldTypes[property.type];
    if (behavior.storage === "never") continue;
    if (behavior.storage === "whenEnabled") {
      const enabled =
        property.type === "CATEGORY" ? property.enabled === true : settings.process.enable;
      if (!enabled) continue;
    }
    const value = stored[code]?.value ?? missingValue(app, property.type, behavior.empty());
    output[code] = { type: property.type, value };
  }
  for (const system of ["$id", "$revision"] as const) {
    const cell = stored[system];
    if (cell && (!wanted || wanted.has(system))) output[system] = cell;
  }
  return output;
}

// Records written before a field existed (or before process management was on) read as empty.
function missingValue(app: AppState, type: string, empty: unknown): unknown {
  return type === "STATUS" ? (initialState(app.live) ?? "") : empty;
}
