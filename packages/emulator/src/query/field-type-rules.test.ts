import { describe, expect, it } from "vitest";
import { fieldTypeNames } from "../fields/field-type.js";
import { fieldTypeRules, tableOperators } from "./field-type-rules.js";
import { type Operator, operatorSpecs } from "./operators.js";
import type { ValueKindSpec } from "./value-kind-spec.js";
import { valueKinds } from "./value-kinds.js";

const capabilityFor = {
  "=": "matchAny",
  in: "matchAny",
  "<": "compare",
  "<=": "compare",
  ">": "compare",
  ">=": "compare",
  like: "contains",
  "is empty": "isEmpty",
} as const satisfies Record<(typeof operatorSpecs)[Operator]["positive"], keyof ValueKindSpec>;

describe("fieldTypeRules", () => {
  it.each(fieldTypeNames)(
    "gives %s a value kind that supports every operator it allows",
    (type) => {
      const rule = fieldTypeRules[type];
      const kind = valueKinds[rule.kind];
      for (const operator of [...rule.operators, ...tableOperators(rule)]) {
        expect(
          kind[capabilityFor[operatorSpecs[operator].positive]],
          `${type} ${operator}`,
        ).toBeDefined();
      }
      if (rule.sortable) expect(kind.sortKey, type).toBeDefined();
    },
  );

  it.each([
    { type: "SINGLE_LINE_TEXT", want: ["in", "not in", "like", "not like"] },
    { type: "NUMBER", want: [">", "<", ">=", "<=", "in", "not in"] },
    { type: "DATETIME", want: [">", "<", ">=", "<=", "in", "not in"] },
    { type: "DROP_DOWN", want: ["in", "not in"] },
    { type: "MULTI_LINE_TEXT", want: ["like", "not like", "is empty", "is not empty"] },
  ] as const)("lets table fields of type $type use $want", ({ type, want }) => {
    expect(tableOperators(fieldTypeRules[type])).toEqual(want);
  });
});
