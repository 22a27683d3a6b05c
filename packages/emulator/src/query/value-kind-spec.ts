import type { Operand } from "./operand.js";

/** A test over one stored `value`. */
export type ValueTest = (raw: unknown) => boolean;

/** An ordering operator. */
export type RangeOperator = "<" | "<=" | ">" | ">=";

/** The key `order by` sorts a stored value on; undefined sorts as the smallest. */
export type SortKey = (raw: unknown) => number | string | undefined;

/** What a kind of value supports; each capability builds a test from resolved operands. */
export type ValueKindSpec = {
  /** True when the stored value counts as empty. */
  isEmpty?: ValueTest;
  /** The value equals one of the operands (an empty text operand asks for an empty value). */
  matchAny?: (operands: readonly Operand[], timeZone: string) => ValueTest;
  /** The value compares with the operand. */
  compare?: (operator: RangeOperator, operand: Operand, timeZone: string) => ValueTest;
  /** The value contains the text, ignoring case. */
  contains?: (needle: string) => ValueTest;
  /** The sort key, given the field's options in display order. */
  sortKey?: (options: readonly string[] | undefined) => SortKey;
};
