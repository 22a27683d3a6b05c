import { type FieldType, isFieldType } from "../fields/field-type.js";
import type { QueryContext } from "./query-context.js";
import { queryError } from "./query-error.js";

/** A field a query refers to, with the table it sits in and its options in display order. */
export type ResolvedField = {
  code: string;
  type: FieldType;
  subtable: string | undefined;
  options: readonly string[] | undefined;
};

/** The fields of an app by code, subtable fields included. */
export type FieldIndex = ReadonlyMap<string, ResolvedField>;

// Record ID and revision are queryable under these identifiers in every app.
const systemIdentifiers: readonly ResolvedField[] = [
  { code: "$id", type: "__ID__", subtable: undefined, options: undefined },
  { code: "$revision", type: "__REVISION__", subtable: undefined, options: undefined },
];

/** Indexes an app's fields (and their subtables' fields) by field code. */
export function indexFields(fields: QueryContext["fields"]): FieldIndex {
  const index = new Map(systemIdentifiers.map((field) => [field.code, field]));
  for (const [code, property] of Object.entries(fields)) {
    if (!isFieldType(property.type)) continue;
    const options = property.options
      ? Object.values(property.options)
          .sort((a, b) => Number(a.index) - Number(b.index))
          .map((option) => option.label)
      : undefined;
    index.set(code, { code, type: property.type, subtable: undefined, options });
    for (const [innerCode, inner] of Object.entries(property.fields ?? {})) {
      if (isFieldType(inner.type)) {
        index.set(innerCode, {
          code: innerCode,
          type: inner.type,
          subtable: code,
          options: undefined,
        });
      }
    }
  }
  return index;
}

/** The field a reference names; throws GAIA_IQ11 when the app has none. */
export function resolveField(index: FieldIndex, path: readonly string[]): ResolvedField {
  // Related-record references (`Company.Name`) need the other app's fields, which a query here cannot see.
  const field = path.length === 1 && path[0] !== undefined ? index.get(path[0]) : undefined;
  if (!field) throw queryError("unknownField", path.join("."));
  return field;
}
