import type { FieldType } from "../fields/field-type.js";
import type { Operator } from "./operators.js";
import type { FunctionName } from "./query-functions.js";
import type { ValueKind } from "./value-kinds.js";

/** How the query language treats a field type. */
export type FieldTypeRule = {
  kind: ValueKind;
  operators: readonly Operator[];
  functions: readonly FunctionName[];
  sortable: boolean;
};

const numeric: readonly Operator[] = ["=", "!=", ">", "<", ">=", "<=", "in", "not in"];
const ordered: readonly Operator[] = ["=", "!=", ">", "<", ">=", "<="];
const text: readonly Operator[] = ["=", "!=", "in", "not in", "like", "not like"];
const selection: readonly Operator[] = ["in", "not in"];
const status: readonly Operator[] = ["=", "!=", "in", "not in"];
const searchableOrEmpty: readonly Operator[] = ["like", "not like", "is empty", "is not empty"];

const dateFunctions: readonly FunctionName[] = [
  "TODAY",
  "YESTERDAY",
  "TOMORROW",
  "FROM_TODAY",
  "THIS_WEEK",
  "LAST_WEEK",
  "NEXT_WEEK",
  "THIS_MONTH",
  "LAST_MONTH",
  "NEXT_MONTH",
  "THIS_YEAR",
  "LAST_YEAR",
  "NEXT_YEAR",
];
const dateTimeFunctions: readonly FunctionName[] = ["NOW", ...dateFunctions];
const none = { kind: "none", operators: [], functions: [], sortable: false } as const;

// Operators and functions per type follow kintone's "クエリの書き方" table. Chosen where it is silent:
// $revision and the assignee (STATUS_ASSIGNEE, used as `in (LOGINUSER())` in kintone's own views)
// behave like $id and the user fields; `is empty` follows third-party references (text area, files).
// Sortability follows kintone's list views: multi-value, rich and long text fields do not sort.
/** The query behaviour of every field type. */
export const fieldTypeRules = {
  __ID__: { kind: "serial", operators: numeric, functions: [], sortable: true },
  __REVISION__: { kind: "serial", operators: numeric, functions: [], sortable: true },
  RECORD_NUMBER: { kind: "serial", operators: numeric, functions: [], sortable: true },
  CREATOR: { kind: "entity", operators: selection, functions: ["LOGINUSER"], sortable: true },
  CREATED_TIME: {
    kind: "datetime",
    operators: ordered,
    functions: dateTimeFunctions,
    sortable: true,
  },
  MODIFIER: { kind: "entity", operators: selection, functions: ["LOGINUSER"], sortable: true },
  UPDATED_TIME: {
    kind: "datetime",
    operators: ordered,
    functions: dateTimeFunctions,
    sortable: true,
  },
  SINGLE_LINE_TEXT: { kind: "text", operators: text, functions: [], sortable: true },
  MULTI_LINE_TEXT: { kind: "text", operators: searchableOrEmpty, functions: [], sortable: false },
  RICH_TEXT: { kind: "text", operators: ["like", "not like"], functions: [], sortable: false },
  NUMBER: { kind: "number", operators: numeric, functions: [], sortable: true },
  CALC: { kind: "number", operators: numeric, functions: [], sortable: true },
  CHECK_BOX: { kind: "choices", operators: selection, functions: [], sortable: false },
  RADIO_BUTTON: { kind: "choice", operators: selection, functions: [], sortable: true },
  DROP_DOWN: { kind: "choice", operators: selection, functions: [], sortable: true },
  MULTI_SELECT: { kind: "choices", operators: selection, functions: [], sortable: false },
  USER_SELECT: {
    kind: "entities",
    operators: selection,
    functions: ["LOGINUSER"],
    sortable: false,
  },
  ORGANIZATION_SELECT: {
    kind: "entities",
    operators: selection,
    functions: ["PRIMARY_ORGANIZATION"],
    sortable: false,
  },
  GROUP_SELECT: { kind: "entities", operators: selection, functions: [], sortable: false },
  DATE: { kind: "date", operators: ordered, functions: dateFunctions, sortable: true },
  TIME: { kind: "time", operators: ordered, functions: [], sortable: true },
  DATETIME: { kind: "datetime", operators: ordered, functions: dateTimeFunctions, sortable: true },
  LINK: { kind: "text", operators: text, functions: [], sortable: true },
  FILE: { kind: "files", operators: searchableOrEmpty, functions: [], sortable: false },
  SUBTABLE: none,
  CATEGORY: { kind: "choices", operators: [], functions: [], sortable: false },
  STATUS: { kind: "choice", operators: status, functions: [], sortable: true },
  STATUS_ASSIGNEE: {
    kind: "entities",
    operators: selection,
    functions: ["LOGINUSER"],
    sortable: false,
  },
  REFERENCE_TABLE: none,
  GROUP: none,
} satisfies Record<FieldType, FieldTypeRule>;

/**
 * The operators a field type accepts inside a table: kintone refuses `=` and `!=` there and takes
 * `in` / `not in` instead (e.g. `ResponseDate in ("2022-09-29T05:00:00Z")`).
 */
export function tableOperators(rule: FieldTypeRule): readonly Operator[] {
  const kept = rule.operators.filter((operator) => operator !== "=" && operator !== "!=");
  if (!rule.operators.includes("=") || kept.includes("in")) return kept;
  return [...kept, "in", "not in"];
}
