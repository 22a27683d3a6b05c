/** A condition operator of the kintone query language. */
export type Operator =
  | "="
  | "!="
  | ">"
  | "<"
  | ">="
  | "<="
  | "in"
  | "not in"
  | "like"
  | "not like"
  | "is empty"
  | "is not empty";

/** An operator that is not the negation of another. */
export type PositiveOperator = "=" | ">" | "<" | ">=" | "<=" | "in" | "like" | "is empty";

/** How many operands an operator takes: one value, a parenthesised list, or none. */
type OperandShape = "value" | "list" | "none";

type OperatorSpec = { positive: PositiveOperator; negated: boolean; operands: OperandShape };

/** Each operator as the positive operator it is or negates, and the operands it takes. */
export const operatorSpecs = {
  "=": { positive: "=", negated: false, operands: "value" },
  "!=": { positive: "=", negated: true, operands: "value" },
  ">": { positive: ">", negated: false, operands: "value" },
  "<": { positive: "<", negated: false, operands: "value" },
  ">=": { positive: ">=", negated: false, operands: "value" },
  "<=": { positive: "<=", negated: false, operands: "value" },
  in: { positive: "in", negated: false, operands: "list" },
  "not in": { positive: "in", negated: true, operands: "list" },
  like: { positive: "like", negated: false, operands: "value" },
  "not like": { positive: "like", negated: true, operands: "value" },
  "is empty": { positive: "is empty", negated: false, operands: "none" },
  "is not empty": { positive: "is empty", negated: true, operands: "none" },
} as const satisfies Record<Operator, OperatorSpec>;
