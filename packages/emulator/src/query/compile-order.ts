import type { FieldType } from "../fields/field-type.js";
import type { OrderNode } from "./ast.js";
import { fieldTypeRules } from "./field-type-rules.js";
import type { StoredRecord } from "./query-context.js";
import { queryError } from "./query-error.js";
import { type FieldIndex, resolveField } from "./resolve-field.js";
import type { SortKey } from "./value-kind-spec.js";
import { valueKinds } from "./value-kinds.js";

/** Orders two records: negative when `a` comes first. */
export type RecordComparator = (a: StoredRecord, b: StoredRecord) => number;

type CompiledKey = { code: string; key: SortKey; sign: 1 | -1 };

const recordId: CompiledKey = { code: "$id", key: sortKeyOf("$id", "__ID__", undefined), sign: -1 };

/**
 * Compiles `order by` keys; ties (and a query without `order by`) fall back to kintone's default
 * `$id desc`.
 */
export function compileOrder(keys: readonly OrderNode[], fields: FieldIndex): RecordComparator {
  const compiled = keys.map((node): CompiledKey => {
    const field = resolveField(fields, node.path);
    if (field.subtable !== undefined || !fieldTypeRules[field.type].sortable) {
      throw queryError("notSortable", field.code);
    }
    const key = sortKeyOf(field.code, field.type, field.options);
    return { code: field.code, key, sign: node.direction === "asc" ? 1 : -1 };
  });
  compiled.push(recordId);
  return (a, b) => {
    for (const { code, key, sign } of compiled) {
      const order = compareKeys(key(a[code]?.value), key(b[code]?.value));
      if (order !== 0) return sign * order;
    }
    return 0;
  };
}

function sortKeyOf(code: string, type: FieldType, options: readonly string[] | undefined): SortKey {
  const sortKey = valueKinds[fieldTypeRules[type].kind].sortKey;
  if (!sortKey) throw queryError("notSortable", code);
  return sortKey(options);
}

// Empty values sort before any value (chosen: kintone's placement of blanks is undocumented).
function compareKeys(a: number | string | undefined, b: number | string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}
