import type { FieldProperty } from "./field-property.js";
import { ok, rejected, wrongTypeMessage } from "./value-shapes.js";
import type { Normalized } from "./write-context.js";

/** A text value checked against the field's length bounds (kintone counts characters). */
export function textValue(raw: unknown, property: FieldProperty): Normalized {
  if (raw === null || raw === undefined) return ok("");
  if (typeof raw !== "string" && typeof raw !== "number") return rejected("", wrongTypeMessage);
  const text = String(raw);
  if (text === "") return ok(text);
  const length = [...text].length;
  const max = Number.parseInt(property.maxLength ?? "", 10);
  const min = Number.parseInt(property.minLength ?? "", 10);
  // kintone states the bound as the first length outside the allowed range.
  if (!Number.isNaN(max) && length > max) {
    return rejected(text, `Enter less than ${max + 1} characters.`);
  }
  if (!Number.isNaN(min) && length < min) {
    return rejected(text, `Enter more than ${min - 1} characters.`);
  }
  return ok(text);
}
