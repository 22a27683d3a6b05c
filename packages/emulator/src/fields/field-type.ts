/** Every kind of field kintone knows (spec/components/schemas/FieldType.yaml). */
export const fieldTypeNames = [
  "__ID__",
  "__REVISION__",
  "RECORD_NUMBER",
  "CREATOR",
  "CREATED_TIME",
  "MODIFIER",
  "UPDATED_TIME",
  "SINGLE_LINE_TEXT",
  "MULTI_LINE_TEXT",
  "RICH_TEXT",
  "NUMBER",
  "CALC",
  "CHECK_BOX",
  "RADIO_BUTTON",
  "DROP_DOWN",
  "MULTI_SELECT",
  "USER_SELECT",
  "ORGANIZATION_SELECT",
  "GROUP_SELECT",
  "DATE",
  "TIME",
  "DATETIME",
  "LINK",
  "FILE",
  "SUBTABLE",
  "CATEGORY",
  "STATUS",
  "STATUS_ASSIGNEE",
  "REFERENCE_TABLE",
  "GROUP",
] as const;

/** A kind of field. */
export type FieldType = (typeof fieldTypeNames)[number];

/** True when the string names a field kind. */
export function isFieldType(value: unknown): value is FieldType {
  return typeof value === "string" && (fieldTypeNames as readonly string[]).includes(value);
}
