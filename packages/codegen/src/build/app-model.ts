import type { FieldType } from "./field-kinds.js";

/** How option names narrow a value: one name, one or null, one or `""` or null, or a list of names. */
export type OptionShape = "one" | "oneOrNull" | "oneOrBlank" | "many";

/** The record property a field has: value types from @kintone-typed/types and how to narrow them. */
export type ValueModel = {
  /** The read value type, such as `DropDownFieldValue`. */
  read: string;
  /** The write value type, or undefined when the API cannot write the field. */
  write: string | undefined;
  /** Whether RecordForAdd must name the field: required and without a default value. */
  requiredOnAdd: boolean;
  /** How option names narrow the read and write values, for option fields. */
  optionShapes?: { read: OptionShape; write: OptionShape };
  /** True for tables: the value is a list of rows whose cells are the table's `fields`. */
  rows?: true;
};

/** One field of the form. */
export type FieldModel = {
  code: string;
  type: FieldType;
  label: string;
  required: boolean;
  /** Option names in form order, for option fields. */
  options?: readonly string[];
  /** The fields of a table, sorted by code. */
  fields?: readonly FieldModel[];
  /** The record property, or undefined when records have none (layout elements, features turned off). */
  value?: ValueModel;
};

/** What a generated package describes: the app and its fields sorted by code. */
export type AppModel = {
  appId: string;
  name: string;
  revision: string;
  preview: boolean;
  fields: readonly FieldModel[];
};
