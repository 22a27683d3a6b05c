import type { ExpressionNode } from "./ast.js";
import {
  type CompiledCondition,
  type CompileEnvironment,
  compileCondition,
} from "./compile-condition.js";
import { hasRows, type RecordTest, someRow } from "./subtable-rows.js";

/** Compiles a filter expression to a test over records. */
export function compileExpression(node: ExpressionNode, env: CompileEnvironment): RecordTest {
  switch (node.type) {
    case "condition":
      return recordTestOf(compileCondition(node, env));
    case "or":
      return anyOf(node.operands.map((operand) => compileExpression(operand, env)));
    case "and":
      return compileConjunction(node, env);
  }
}

// Positive conditions on the same table joined by `and` must hold on one row together, as in kintone.
function compileConjunction(
  node: ExpressionNode & { type: "and" },
  env: CompileEnvironment,
): RecordTest {
  const tests: RecordTest[] = [];
  const rowGroups = new Map<string, RecordTest[]>();
  for (const operand of flattenConjunction(node)) {
    if (operand.type !== "condition") {
      tests.push(compileExpression(operand, env));
      continue;
    }
    const compiled = compileCondition(operand, env);
    if (compiled.scope === "row" && !compiled.negated) {
      const group = rowGroups.get(compiled.subtable) ?? [];
      group.push(compiled.rowTest);
      rowGroups.set(compiled.subtable, group);
    } else {
      tests.push(recordTestOf(compiled));
    }
  }
  for (const [subtable, rowTests] of rowGroups) tests.push(anyRow(subtable, allOf(rowTests)));
  return allOf(tests);
}

function flattenConjunction(node: ExpressionNode): ExpressionNode[] {
  return node.type === "and" ? node.operands.flatMap(flattenConjunction) : [node];
}

// A negated table condition holds when the table has rows and none matches the positive form.
function recordTestOf(compiled: CompiledCondition): RecordTest {
  if (compiled.scope === "record") return compiled.test;
  const { subtable, rowTest } = compiled;
  if (!compiled.negated) return anyRow(subtable, rowTest);
  return (record) => {
    const rows = record[subtable]?.value;
    return hasRows(rows) && !someRow(rows, rowTest);
  };
}

function anyRow(subtable: string, rowTest: RecordTest): RecordTest {
  return (record) => someRow(record[subtable]?.value, rowTest);
}

function allOf(tests: readonly RecordTest[]): RecordTest {
  const [only] = tests;
  if (tests.length === 1 && only) return only;
  return (record) => {
    for (const test of tests) if (!test(record)) return false;
    return true;
  };
}

function anyOf(tests: readonly RecordTest[]): RecordTest {
  return (record) => {
    for (const test of tests) if (test(record)) return true;
    return false;
  };
}
