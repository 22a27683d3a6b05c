import { compareCodes } from "../build/build-model.js";
import { sortKeys } from "../emit/emit-snapshot.js";
import {
  type AppDefinitions,
  type FieldDefinition,
  isFieldDefinition,
  isObject,
} from "../load/app-definitions.js";

/** One field that differs: added or removed, or changed in the named settings. Table fields are `table.code`. */
export type FieldChange =
  | { change: "added" | "removed"; code: string; type: string }
  | { change: "changed"; code: string; settings: string[] };

/** Lists the fields that differ between the generated package's definitions and the current ones, by code. */
export function diffDefinitions(generated: AppDefinitions, current: AppDefinitions): FieldChange[] {
  const before = flatten(generated.properties);
  const after = flatten(current.properties);
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort(compareCodes);
  return codes.flatMap((code): FieldChange[] => {
    const old = before.get(code);
    const now = after.get(code);
    if (old === undefined && now !== undefined) return [{ change: "added", code, type: now.type }];
    if (now === undefined && old !== undefined)
      return [{ change: "removed", code, type: old.type }];
    if (old === undefined || now === undefined) return [];
    const settings = [...new Set([...Object.keys(old), ...Object.keys(now)])]
      .filter((key) => key !== "fields" && canonical(old[key]) !== canonical(now[key]))
      .sort(compareCodes);
    return settings.length > 0 ? [{ change: "changed", code, settings }] : [];
  });
}

/** Prints a change as one line, such as `changed "stage": defaultValue, options`. */
export function describeChange(change: FieldChange): string {
  return change.change === "changed"
    ? `changed ${JSON.stringify(change.code)}: ${change.settings.join(", ")}`
    : `${change.change} ${JSON.stringify(change.code)} (${change.type})`;
}

// Table fields count as fields of their own, so a change inside a table names the cell.
function flatten(
  properties: Readonly<Record<string, FieldDefinition>>,
): Map<string, FieldDefinition> {
  const fields = new Map<string, FieldDefinition>();
  for (const [code, field] of Object.entries(properties)) {
    fields.set(code, field);
    if (!isObject(field.fields)) continue;
    for (const [inner, cell] of Object.entries(field.fields))
      if (isFieldDefinition(cell)) fields.set(`${code}.${inner}`, cell);
  }
  return fields;
}

function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? "undefined";
}
