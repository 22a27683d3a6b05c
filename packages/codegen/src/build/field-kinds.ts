import type { FieldProperty } from "@kintone-typed/types";
import type { FieldDefinition } from "../load/app-definitions.js";
import type { OptionShape } from "./app-model.js";

/** Every field type GET app/form/fields.json returns (labels, spaces and borders are layout-only and not listed). */
export type FieldType = FieldProperty["type"];

/** Everything that depends on a field's type. */
export type FieldKind = {
  /** The record value types in @kintone-typed/types, or null when records have no property for the type. */
  value: {
    read: string;
    /** null when the API cannot write the type. */
    write: string | null;
    optionShapes?: { read: OptionShape; write: OptionShape };
    /** The value is a list of rows whose cells are the table's fields. */
    rows?: true;
  } | null;
  /** Whether records carry the field: the process management and category fields only while turned on. */
  present: (field: FieldDefinition) => boolean;
  /** Whether kintone fills in a value when an add leaves the field out. */
  hasDefault: (field: FieldDefinition) => boolean;
  /** Whether kintone computes the value itself, so writes cannot set it. */
  computed: (field: FieldDefinition) => boolean;
  /** Whether the type may be a field of a table. */
  inTable: boolean;
};

const always = (): boolean => true;
const never = (): boolean => false;
const whenEnabled = (field: FieldDefinition): boolean => field.enabled === true;
const textDefault = (field: FieldDefinition): boolean =>
  typeof field.defaultValue === "string" && field.defaultValue !== "";
const listDefault = (field: FieldDefinition): boolean =>
  Array.isArray(field.defaultValue) && field.defaultValue.length > 0;
const momentDefault = (field: FieldDefinition): boolean =>
  textDefault(field) || field.defaultNowValue === true;
// A text field with "calculate automatically" holds its formula in `expression`.
const calculated = (field: FieldDefinition): boolean =>
  typeof field.expression === "string" && field.expression !== "";

const system = (
  read: string,
  present: (field: FieldDefinition) => boolean = always,
): FieldKind => ({
  value: { read, write: null },
  present,
  hasDefault: never,
  computed: never,
  inTable: false,
});

const input = (
  read: string,
  write: string,
  hasDefault: (field: FieldDefinition) => boolean,
): FieldKind => ({
  value: { read, write },
  present: always,
  hasDefault,
  computed: never,
  inTable: true,
});

const choice = (
  read: string,
  write: string,
  optionShapes: { read: OptionShape; write: OptionShape },
  hasDefault: (field: FieldDefinition) => boolean,
): FieldKind => ({ ...input(read, write, hasDefault), value: { read, write, optionShapes } });

const layout: FieldKind = {
  value: null,
  present: never,
  hasDefault: never,
  computed: never,
  inTable: false,
};

/** The one table of field types; value shapes mirror the record value schemas of the spec. */
export const fieldKinds = {
  RECORD_NUMBER: system("RecordNumberFieldValue"),
  CREATOR: system("CreatorFieldValue"),
  CREATED_TIME: system("CreatedTimeFieldValue"),
  MODIFIER: system("ModifierFieldValue"),
  UPDATED_TIME: system("UpdatedTimeFieldValue"),
  CATEGORY: system("CategoryFieldValue", whenEnabled),
  STATUS: system("StatusFieldValue", whenEnabled),
  STATUS_ASSIGNEE: system("StatusAssigneeFieldValue", whenEnabled),
  CALC: { ...system("CalcFieldValue"), inTable: true },
  SINGLE_LINE_TEXT: {
    ...input("SingleLineTextFieldValue", "SingleLineTextFieldValueForWrite", textDefault),
    computed: calculated,
  },
  MULTI_LINE_TEXT: input("MultiLineTextFieldValue", "MultiLineTextFieldValueForWrite", textDefault),
  RICH_TEXT: input("RichTextFieldValue", "RichTextFieldValueForWrite", textDefault),
  NUMBER: input("NumberFieldValue", "NumberFieldValueForWrite", textDefault),
  LINK: input("LinkFieldValue", "LinkFieldValueForWrite", textDefault),
  CHECK_BOX: choice(
    "CheckBoxFieldValue",
    "CheckBoxFieldValueForWrite",
    { read: "many", write: "many" },
    listDefault,
  ),
  MULTI_SELECT: choice(
    "MultiSelectFieldValue",
    "MultiSelectFieldValueForWrite",
    { read: "many", write: "many" },
    listDefault,
  ),
  RADIO_BUTTON: choice(
    "RadioButtonFieldValue",
    "RadioButtonFieldValueForWrite",
    { read: "one", write: "one" },
    textDefault,
  ),
  DROP_DOWN: choice(
    "DropDownFieldValue",
    "DropDownFieldValueForWrite",
    { read: "oneOrNull", write: "oneOrBlank" },
    textDefault,
  ),
  USER_SELECT: input("UserSelectFieldValue", "UserSelectFieldValueForWrite", listDefault),
  ORGANIZATION_SELECT: input(
    "OrganizationSelectFieldValue",
    "OrganizationSelectFieldValueForWrite",
    listDefault,
  ),
  GROUP_SELECT: input("GroupSelectFieldValue", "GroupSelectFieldValueForWrite", listDefault),
  DATE: input("DateFieldValue", "DateFieldValueForWrite", momentDefault),
  TIME: input("TimeFieldValue", "TimeFieldValueForWrite", momentDefault),
  DATETIME: input("DateTimeFieldValue", "DateTimeFieldValueForWrite", momentDefault),
  FILE: input("FileFieldValue", "FileFieldValueForWrite", never),
  SUBTABLE: {
    value: {
      read: "SubtableFieldValue",
      write: "SubtableFieldValueForWrite",
      rows: true,
    },
    present: always,
    hasDefault: never,
    computed: never,
    inTable: false,
  },
  REFERENCE_TABLE: layout,
  GROUP: layout,
} satisfies Record<FieldType, FieldKind>;

/** True when kintone-codegen knows the field type. */
export function isFieldType(type: string): type is FieldType {
  return Object.hasOwn(fieldKinds, type);
}
