import type { FieldType } from "../fields/field-type.js";
import type { OrderNode } from "./ast.js";
import { fieldTypeRules } from "./field-type-rules.js";
import type { StoredRecord } from "./query-context.js";
import { queryError } from "./query-error.js";
import { type FieldIndex, resolveField } from "./resolve-field.js";
import { smallest } from "./smallest.js";
import type { SortKey } from "./value-kind-spec.js";
import { valueKinds } from "./value-kinds.js";

/** Orders two records: negative when `a` comes first. */
export type RecordComparator = (a: StoredRecord, b: StoredRecord) => number;

/** A compiled `order by`: a comparator, and a sort that reads each record's keys only once. */
export type RecordOrder = {
  compare: RecordComparator;
  sort(records: readonly StoredRecord[], count?: number): StoredRecord[];
};

type KeyList = (number | string | undefined)[];

type CompiledKey = { code: string; key: SortKey; sign: 1 | -1 };

const recordId: CompiledKey = { code: "$id", key: sortKeyOf("$id", "__ID__", undefined), sign: -1 };

/**
 * Compiles `order by` keys; ties (and a query without `order by`) fall back to kintone's default
 * `$id desc`.
 */
export function compileOrder(keys: readonly OrderNode[], fields: FieldIndex): RecordOrder {
  const compiled = keys.map((node): CompiledKey => {
    const field = resolveField(fields, node.path);
    if (field.subtable !== undefined || !fieldTypeRules[field.type].sortable) {
      throw queryError("notSortable", field.code);
    }
    const key = sortKeyOf(field.code, field.type, field.options);
    return { code: field.code, key, sign: node.direction === "asc" ? 1 : -1 };
  });
  compiled.push(recordId);
  const keysOf = (record: StoredRecord): KeyList =>
    compiled.map(({ code, key }) => key(record[code]?.value));
  const compareKeyLists = (a: KeyList, b: KeyList): number => {
    for (const [index, { sign }] of compiled.entries()) {
      const order = compareKeys(a[index], b[index]);
      if (order !== 0) return sign * order;
    }
    return 0;
  };
  return {
    compare: (a, b) => compareKeyLists(keysOf(a), keysOf(b)),
    // Reading keys costs more than comparing them, and a sort compares each record many times.
    sort: (records, count = records.length) =>
      smallest(
        records.map((record) => ({ record, keys: keysOf(record) })),
        count,
        (a, b) => compareKeyLists(a.keys, b.keys),
      ).map(({ record }) => record),
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
