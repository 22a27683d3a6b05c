import { kintoneError } from "../errors/error-catalog.js";
import type { FieldProperty } from "./field-property.js";
import { isBlank, rejected, wrongTypeMessage } from "./value-shapes.js";
import type { Issue, Normalized, WriteContext } from "./write-context.js";

type Cell = { type: string; value: unknown };
type Row = { id: string; value: Record<string, Cell> };

/** Subtable rows: a written row with a known id updates that row, other rows are new, absent rows go. */
export function subtableValue(
  raw: unknown,
  property: FieldProperty,
  ctx: WriteContext,
  current: unknown,
  requiredSuffixOf: (property: FieldProperty) => string | null,
): Normalized {
  if (raw === null || raw === undefined) return { value: [], issues: [] };
  if (!Array.isArray(raw)) return rejected([], wrongTypeMessage);
  const existing = new Map(((current as Row[] | undefined) ?? []).map((row) => [row.id, row]));
  const inner = property.fields ?? {};
  const issues: Issue[] = [];
  const rows = raw.map((rawRow: unknown, index): Row => {
    const row = (rawRow ?? {}) as { id?: unknown; value?: Record<string, { value?: unknown }> };
    const previous = row.id === undefined ? undefined : existing.get(String(row.id));
    const cells = row.value ?? {};
    for (const code of Object.keys(cells)) {
      if (!inner[code]) throw kintoneError("fieldNotFound", code);
    }
    const value: Record<string, Cell> = {};
    for (const [code, cellProperty] of Object.entries(inner)) {
      const prefix = `.value[${index}].value.${code}`;
      let cellValue: unknown;
      if (Object.hasOwn(cells, code)) {
        const normalized = ctx.normalizeCell(
          cellProperty,
          cells[code]?.value,
          previous?.value[code]?.value,
        );
        for (const issue of normalized.issues)
          issues.push({ ...issue, suffix: `${prefix}${issue.suffix}` });
        cellValue = normalized.value;
      } else if (previous?.value[code]) cellValue = previous.value[code].value;
      else cellValue = ctx.defaultCell(cellProperty);
      const requiredSuffix = requiredSuffixOf(cellProperty);
      if (cellProperty.required && requiredSuffix && isBlank(cellValue)) {
        issues.push({ suffix: `${prefix}${requiredSuffix}`, message: "Required." });
      }
      value[code] = { type: cellProperty.type, value: cellValue };
    }
    return { id: previous ? previous.id : ctx.nextRowId(), value };
  });
  return { value: rows, issues };
}
