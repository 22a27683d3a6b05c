import { completeProperty } from "../fields/complete-property.js";
import type { FieldProperty } from "../fields/field-property.js";
import type { FieldType } from "../fields/field-type.js";

// Field codes and labels of an English-language kintone app.
const systemFields: readonly { type: FieldType; code: string; label: string }[] = [
  { type: "RECORD_NUMBER", code: "Record_number", label: "Record number" },
  { type: "CREATOR", code: "Created_by", label: "Created by" },
  { type: "CREATED_TIME", code: "Created_datetime", label: "Created datetime" },
  { type: "MODIFIER", code: "Updated_by", label: "Updated by" },
  { type: "UPDATED_TIME", code: "Updated_datetime", label: "Updated datetime" },
  { type: "STATUS", code: "Status", label: "Status" },
  { type: "STATUS_ASSIGNEE", code: "Assignee", label: "Assignee" },
  { type: "CATEGORY", code: "Categories", label: "Categories" },
];

const toggled: ReadonlySet<FieldType> = new Set(["STATUS", "STATUS_ASSIGNEE", "CATEGORY"]);

/** The fields with kintone's system fields added where the app does not define them. */
export function withSystemFields(
  fields: Record<string, FieldProperty>,
  processEnabled: boolean,
): Record<string, FieldProperty> {
  const result: Record<string, FieldProperty> = {};
  for (const system of systemFields) {
    const existing = Object.values(fields).find((field) => field.type === system.type);
    if (existing) continue;
    const property = completeProperty(system.code, {
      type: system.type,
      code: system.code,
      label: system.label,
    });
    result[system.code] = toggled.has(system.type)
      ? { ...property, enabled: system.type === "CATEGORY" ? false : processEnabled }
      : property;
  }
  for (const [code, field] of Object.entries(fields)) {
    result[code] =
      field.type === "STATUS" || field.type === "STATUS_ASSIGNEE"
        ? { ...field, enabled: processEnabled }
        : field;
  }
  return result;
}

/** The code of the app's field of a type, if it has one. */
export function fieldCodeOfType(
  fields: Record<string, FieldProperty>,
  type: FieldType,
): string | undefined {
  return Object.values(fields).find((field) => field.type === type)?.code;
}
