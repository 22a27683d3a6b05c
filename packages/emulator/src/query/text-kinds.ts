import { isEmptyText, type Operand } from "./operand.js";
import { queryError } from "./query-error.js";
import type { ValueKindSpec } from "./value-kind-spec.js";

/** A case-insensitive substring matcher, compiled once per query. */
export function containsPattern(needle: string): RegExp {
  return new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "iu");
}

/** A kind whose value reads as one string (text, an option, a user code). */
export function stringKind(read: (raw: unknown) => string | undefined): ValueKindSpec {
  return {
    isEmpty: (raw) => read(raw) === undefined,
    matchAny: (operands) => {
      const wantsEmpty = operands.some(isEmptyText);
      const wanted = wantedTexts(operands);
      return (raw) => {
        const value = read(raw);
        return value === undefined ? wantsEmpty : wanted.has(value);
      };
    },
    contains: (needle) => {
      const pattern = containsPattern(needle);
      return (raw) => pattern.test(read(raw) ?? "");
    },
    sortKey: () => read,
  };
}

/** A kind whose value is a list (check boxes, users, files); it matches when any element does. */
export function listKind(key: (element: unknown) => string | undefined): ValueKindSpec {
  return {
    isEmpty: (raw) => !Array.isArray(raw) || raw.length === 0,
    matchAny: (operands) => {
      const wantsEmpty = operands.some(isEmptyText);
      const wanted = wantedTexts(operands);
      return (raw) => {
        if (!Array.isArray(raw) || raw.length === 0) return wantsEmpty;
        for (const element of raw) {
          const value = key(element);
          if (value !== undefined && wanted.has(value)) return true;
        }
        return false;
      };
    },
  };
}

function wantedTexts(operands: readonly Operand[]): ReadonlySet<string> {
  const wanted = new Set<string>();
  for (const operand of operands) {
    if (operand.type === "text" && operand.text !== "") wanted.add(operand.text);
    else if (operand.type === "code") wanted.add(operand.code);
    else if (operand.type !== "text") throw queryError("invalidQuery");
  }
  return wanted;
}
