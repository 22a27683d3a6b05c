import { isEmptyText, type Operand } from "./operand.js";
import type { ValueKindSpec } from "./value-kind-spec.js";

/** An inclusive span of comparable numbers (a number, a day, a span of days or instants). */
export type Interval = { from: number; to: number };

/**
 * A kind whose values read as numbers and whose operands are spans: `=` means inside the span,
 * `<` before its start, `>` after its end. Empty values satisfy no comparison.
 */
export function orderedKind(
  read: (raw: unknown) => number | undefined,
  interval: (operand: Operand, timeZone: string) => Interval,
): ValueKindSpec {
  return {
    isEmpty: (raw) => read(raw) === undefined,
    matchAny: (operands, timeZone) => {
      const wantsEmpty = operands.some(isEmptyText);
      const intervals = operands
        .filter((operand) => !isEmptyText(operand))
        .map((operand) => interval(operand, timeZone));
      return (raw) => {
        const value = read(raw);
        if (value === undefined) return wantsEmpty;
        for (const { from, to } of intervals) if (from <= value && value <= to) return true;
        return false;
      };
    },
    compare: (operator, operand, timeZone) => {
      const { from, to } = interval(operand, timeZone);
      const holds = {
        "<": (value: number) => value < from,
        "<=": (value: number) => value <= to,
        ">": (value: number) => value > to,
        ">=": (value: number) => value >= from,
      }[operator];
      return (raw) => {
        const value = read(raw);
        return value !== undefined && holds(value);
      };
    },
    sortKey: () => read,
  };
}
