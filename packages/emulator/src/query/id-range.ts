import type { ExpressionNode, OrderNode, ValueNode } from "./ast.js";

/** The inclusive `$id` interval every record a query matches lies in; ends are infinite when open. */
export type IdRange = { min: number; max: number };

/** The `$id` interval that the query's top-level `and` of `$id` comparisons confines it to. */
export function idRangeOf(where: ExpressionNode | undefined): IdRange {
  const range: IdRange = { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };
  for (const node of conjuncts(where)) {
    if (node.type !== "condition" || node.path.length !== 1 || node.path[0] !== "$id") continue;
    const bound = numberOf(node.values[0]);
    if (bound === undefined) continue;
    // Record ids are integers, so a fractional bound rounds inwards.
    const [min, max] = idBoundsOf[node.operator as keyof typeof idBoundsOf]?.(bound) ?? [];
    if (min !== undefined) range.min = Math.max(range.min, min);
    if (max !== undefined) range.max = Math.min(range.max, max);
  }
  return range;
}

/** The direction records come in when the query is ordered by `$id` first (kintone's default is `desc`). */
export function idOrderOf(orderBy: readonly OrderNode[]): "asc" | "desc" | undefined {
  const [first] = orderBy;
  if (first === undefined) return "desc";
  return first.path.length === 1 && first.path[0] === "$id" ? first.direction : undefined;
}

const idBoundsOf = {
  "=": (bound: number) => [Math.ceil(bound), Math.floor(bound)],
  ">": (bound: number) => [Math.floor(bound) + 1, undefined],
  ">=": (bound: number) => [Math.ceil(bound), undefined],
  "<": (bound: number) => [undefined, Math.ceil(bound) - 1],
  "<=": (bound: number) => [undefined, Math.floor(bound)],
} satisfies Record<string, (bound: number) => [number | undefined, number | undefined]>;

function conjuncts(node: ExpressionNode | undefined): ExpressionNode[] {
  if (node === undefined) return [];
  return node.type === "and" ? node.operands.flatMap(conjuncts) : [node];
}

function numberOf(value: ValueNode | undefined): number | undefined {
  const text = value?.type === "number" ? value.text : value?.type === "string" ? value.value : "";
  const number = text.trim() === "" ? Number.NaN : Number(text);
  return Number.isFinite(number) ? number : undefined;
}
