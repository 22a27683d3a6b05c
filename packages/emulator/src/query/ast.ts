import type { Operator } from "./operators.js";

/** A function argument: a number, a bare word (DAYS, MONDAY, LAST) or a string. */
export type ArgumentNode =
  | { type: "number"; text: string }
  | { type: "word"; name: string }
  | { type: "string"; value: string };

/** A value on the right of an operator. */
export type ValueNode =
  | { type: "string"; value: string }
  | { type: "number"; text: string }
  | { type: "call"; name: string; args: ArgumentNode[] };

/** `field operator values`; `path` has several parts for `related.field` references. */
export type ConditionNode = {
  type: "condition";
  path: string[];
  operator: Operator;
  values: ValueNode[];
};

/** A filter expression; `and` and `or` hold two or more operands. */
export type ExpressionNode =
  | ConditionNode
  | { type: "and"; operands: ExpressionNode[] }
  | { type: "or"; operands: ExpressionNode[] };

/** One `order by` key. */
export type OrderNode = { path: string[]; direction: "asc" | "desc" };

/** A whole parsed query. */
export type QueryNode = {
  where: ExpressionNode | undefined;
  orderBy: OrderNode[];
  limit: number | undefined;
  offset: number | undefined;
};
