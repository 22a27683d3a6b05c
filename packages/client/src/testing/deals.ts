// Per-app record types of a sample "deals" app, in the form kintone-codegen emits them: quoted field codes,
// option fields as literal unions, a table with typed cells. Used by the type tests only.
import type {
  CalcFieldValue,
  CheckBoxFieldValue,
  CheckBoxFieldValueForWrite,
  DropDownFieldValue,
  DropDownFieldValueForWrite,
  IdFieldValue,
  NumberFieldValue,
  NumberFieldValueForWrite,
  RevisionFieldValue,
  SingleLineTextFieldValue,
  SingleLineTextFieldValueForWrite,
  SubtableFieldValue,
  SubtableFieldValueForWrite,
  SubtableRow,
  SubtableRowForWrite,
} from "@kintone-typed/types";

// biome-ignore format: field codes stay quoted, as kintone-codegen emits them
/** A deal as getRecord(s) returns it. */
export type SavedRecord = {
  "$id": IdFieldValue;
  "$revision": RevisionFieldValue;
  /** Customer */
  "顧客名": SingleLineTextFieldValue;
  /** Amount */
  "金額": NumberFieldValue;
  /** Tax, computed by kintone */
  "税額": CalcFieldValue;
  /** Likelihood */
  "確度": Omit<DropDownFieldValue, "value"> & { value: "A" | "B" | "C" | null };
  /** Tags */
  "タグ": Omit<CheckBoxFieldValue, "value"> & { value: ("新規" | "既存")[] };
  /** Line items */
  "明細": Omit<SubtableFieldValue, "value"> & {
    value: (Omit<SubtableRow, "value"> & {
      value: { "品名": SingleLineTextFieldValue; "数量": NumberFieldValue };
    })[];
  };
};

// biome-ignore format: field codes stay quoted, as kintone-codegen emits them
/** A deal for addRecord(s): the customer is required. */
export type RecordForAdd = {
  "顧客名": SingleLineTextFieldValueForWrite;
  "金額"?: NumberFieldValueForWrite;
  "確度"?: Omit<DropDownFieldValueForWrite, "value"> & { value: "A" | "B" | "C" | "" | null };
  "タグ"?: Omit<CheckBoxFieldValueForWrite, "value"> & { value: ("新規" | "既存")[] };
  "明細"?: Omit<SubtableFieldValueForWrite, "value"> & {
    value: (Omit<SubtableRowForWrite, "value"> & {
      value: { "品名"?: SingleLineTextFieldValueForWrite; "数量"?: NumberFieldValueForWrite };
    })[];
  };
};

// biome-ignore format: field codes stay quoted, as kintone-codegen emits them
/** Changes to a deal for updateRecord(s): every writable field optional. */
export type RecordForUpdate = {
  "顧客名"?: SingleLineTextFieldValueForWrite;
  "金額"?: NumberFieldValueForWrite;
  "確度"?: Omit<DropDownFieldValueForWrite, "value"> & { value: "A" | "B" | "C" | "" | null };
  "タグ"?: Omit<CheckBoxFieldValueForWrite, "value"> & { value: ("新規" | "既存")[] };
  "明細"?: Omit<SubtableFieldValueForWrite, "value"> & {
    value: (Omit<SubtableRowForWrite, "value"> & {
      value: { "品名"?: SingleLineTextFieldValueForWrite; "数量"?: NumberFieldValueForWrite };
    })[];
  };
};
