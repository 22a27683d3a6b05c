import type { ConditionNode, ValueNode } from "./ast.js";
import { type FieldTypeRule, fieldTypeRules, tableOperators } from "./field-type-rules.js";
import type { Operand } from "./operand.js";
import { operatorSpecs, type PositiveOperator } from "./operators.js";
import { queryError } from "./query-error.js";
import { type FunctionEnvironment, isFunctionName, queryFunctions } from "./query-functions.js";
import { type FieldIndex, type ResolvedField, resolveField } from "./resolve-field.js";
import type { RecordTest } from "./subtable-rows.js";
import type { RangeOperator, ValueKindSpec, ValueTest } from "./value-kind-spec.js";
import { valueKinds } from "./value-kinds.js";

/** What conditions compile against. */
export type CompileEnvironment = {
  fields: FieldIndex;
  functions: FunctionEnvironment;
  timeZone: string;
};

/** A condition on a top-level field, or on a subtable field tested row by row. */
export type CompiledCondition =
  | { scope: "record"; test: RecordTest }
  | { scope: "row"; subtable: string; negated: boolean; rowTest: RecordTest };

type TestBuilder = (
  kind: ValueKindSpec,
  operands: readonly Operand[],
  timeZone: string,
) => ValueTest | undefined;

const positiveTests: Readonly<Record<PositiveOperator, TestBuilder>> = {
  "=": (kind, operands, timeZone) => kind.matchAny?.(operands, timeZone),
  in: (kind, operands, timeZone) => kind.matchAny?.(operands, timeZone),
  "<": (kind, operands, timeZone) => compareFirst(kind, "<", operands, timeZone),
  "<=": (kind, operands, timeZone) => compareFirst(kind, "<=", operands, timeZone),
  ">": (kind, operands, timeZone) => compareFirst(kind, ">", operands, timeZone),
  ">=": (kind, operands, timeZone) => compareFirst(kind, ">=", operands, timeZone),
  like: (kind, operands) => {
    const [needle] = operands;
    return needle?.type === "text" ? kind.contains?.(needle.text) : undefined;
  },
  "is empty": (kind) => kind.isEmpty,
};

/** Type-checks a condition against the app's fields and compiles it to a test. */
export function compileCondition(node: ConditionNode, env: CompileEnvironment): CompiledCondition {
  const field = resolveField(env.fields, node.path);
  const rule: FieldTypeRule = fieldTypeRules[field.type];
  checkOptions(field, node.values);
  checkOperator(field, rule, node.operator);
  const operands = node.values.map((value) => operandOf(value, rule, env.functions));
  const live = operands.filter((operand) => operand.type !== "ignored");
  // kintone drops a condition whose only values are ignored (PRIMARY_ORGANIZATION() without one).
  if (operands.length > 0 && live.length === 0) return { scope: "record", test: () => true };
  const { positive, negated } = operatorSpecs[node.operator];
  const valueTest = positiveTests[positive](valueKinds[rule.kind], live, env.timeZone);
  if (!valueTest) throw queryError("invalidQuery");
  const code = field.code;
  const rowTest: RecordTest = (fields) => valueTest(fields[code]?.value);
  if (field.subtable !== undefined) {
    return { scope: "row", subtable: field.subtable, negated, rowTest };
  }
  return { scope: "record", test: negated ? (record) => !rowTest(record) : rowTest };
}

function compareFirst(
  kind: ValueKindSpec,
  operator: RangeOperator,
  operands: readonly Operand[],
  timeZone: string,
): ValueTest | undefined {
  const [operand] = operands;
  return operand && kind.compare?.(operator, operand, timeZone);
}

// kintone checks option values (GAIA_IQ10) before the operator (GAIA_IQ03).
function checkOptions(field: ResolvedField, values: readonly ValueNode[]): void {
  if (!field.options) return;
  for (const value of values) {
    const text = value.type === "string" ? value.value : value.type === "number" ? value.text : "";
    if (text !== "" && !field.options.includes(text)) {
      throw queryError("optionNotFound", field.code, text);
    }
  }
}

function checkOperator(
  field: ResolvedField,
  rule: FieldTypeRule,
  operator: ConditionNode["operator"],
): void {
  if (field.subtable !== undefined && (operator === "=" || operator === "!=")) {
    throw queryError("operatorNotAllowedInTable", field.code, operator);
  }
  const allowed = field.subtable === undefined ? rule.operators : tableOperators(rule);
  if (!allowed.includes(operator)) throw queryError("operatorNotAllowed", field.code, operator);
}

function operandOf(value: ValueNode, rule: FieldTypeRule, env: FunctionEnvironment): Operand {
  if (value.type === "string") return { type: "text", text: value.value };
  if (value.type === "number") return { type: "text", text: value.text };
  if (!isFunctionName(value.name) || !rule.functions.includes(value.name)) {
    throw queryError("invalidQuery");
  }
  return queryFunctions[value.name](value.args, env);
}
