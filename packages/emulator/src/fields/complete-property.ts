import type { FieldProperty } from "./field-property.js";
import { fieldTypes } from "./field-types.js";

// kintone reports a lookup field with its lookup settings instead of the plain-field options.
const lookupKeys = ["type", "code", "label", "noLabel", "required", "lookup"] as const;

/** A field definition with every setting kintone reports for its type, defaults filled in. */
export function completeProperty(code: string, property: FieldProperty): FieldProperty {
  const complete: FieldProperty = {
    ...structuredClone(fieldTypes[property.type].attributes),
    label: code,
    ...property,
    code,
  };
  if (complete.lookup) {
    return Object.fromEntries(
      lookupKeys.map((key) => [key, complete[key] ?? (key === "required" ? false : undefined)]),
    ) as FieldProperty;
  }
  if (complete.type === "SUBTABLE") {
    complete.fields = Object.fromEntries(
      Object.entries(complete.fields ?? {}).map(([inner, field]) => [
        inner,
        completeProperty(inner, field),
      ]),
    );
  }
  return complete;
}

/** Every field of a map completed. */
export function completeProperties(
  fields: Record<string, FieldProperty>,
): Record<string, FieldProperty> {
  return Object.fromEntries(
    Object.entries(fields).map(([code, field]) => [code, completeProperty(code, field)]),
  );
}
