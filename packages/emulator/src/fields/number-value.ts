import type { FieldProperty } from "./field-property.js";
import { ok, rejected } from "./value-shapes.js";
import type { Normalized } from "./write-context.js";

const plainDecimal = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const scientific = /^[+-]?(\d+(\.\d*)?|\.\d+)e[+-]?\d+$/i;
// chosen: kintone does not publish its digit limits; 30 integer and 10 fraction digits.
const maxIntegerDigits = 30;
const maxFractionDigits = 10;

/** A NUMBER value: decimal strings kept, exponents expanded, bounds and digit counts checked. */
export function numberValue(
  raw: unknown,
  property: FieldProperty,
  inSubtable: boolean,
): Normalized {
  if (raw === null || raw === undefined || raw === "") return ok("");
  const text = String(raw).trim();
  let normalized: string | undefined;
  if (plainDecimal.test(text)) normalized = text.replace(/^\+/, "");
  else if (scientific.test(text) && Number.isFinite(Number(text)))
    normalized = String(Number(text));
  if (normalized === undefined) {
    // kintone stores non-numbers in subtable cells as empty, and rejects them elsewhere.
    if (inSubtable) return ok("");
    return {
      value: "",
      issues: [{ suffix: ".value", message: "Only numbers are allowed.", bracket: true }],
    };
  }
  const [integer = "", fraction = ""] = normalized.replace(/^-/, "").split(".");
  if (
    integer.replace(/^0+(?=\d)/, "").length > maxIntegerDigits ||
    fraction.length > maxFractionDigits
  ) {
    return rejected(
      normalized,
      `Enter a number with up to ${maxIntegerDigits} digits before and ${maxFractionDigits} digits after the decimal point.`,
    );
  }
  const value = Number(normalized);
  const max = property.maxValue ? Number(property.maxValue) : Number.NaN;
  const min = property.minValue ? Number(property.minValue) : Number.NaN;
  if (!Number.isNaN(max) && value > max) {
    return rejected(normalized, `The value must be ${property.maxValue} or less.`);
  }
  if (!Number.isNaN(min) && value < min) {
    return rejected(normalized, `The value must be ${property.minValue} or more.`);
  }
  return ok(normalized);
}
