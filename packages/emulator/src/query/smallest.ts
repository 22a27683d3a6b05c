/**
 * The `count` first items in the comparator's order, sorted. Items already in order (either way)
 * need one pass; otherwise a bounded heap needs far fewer comparisons than a full sort.
 */
export function smallest<T>(
  items: readonly T[],
  count: number,
  compare: (a: T, b: T) => number,
): T[] {
  const order = orderOf(items, compare);
  if (order === "ascending") return items.slice(0, count);
  if (order === "descending") return items.slice(Math.max(items.length - count, 0)).reverse();
  if (count >= items.length) return [...items].sort(compare);
  // A max-heap of the best `count` items seen so far: its root is the worst of them.
  const heap: T[] = [];
  const above = (i: number, j: number): boolean => compare(heap[i] as T, heap[j] as T) > 0;
  const swap = (i: number, j: number): void => {
    [heap[i], heap[j]] = [heap[j] as T, heap[i] as T];
  };
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && above(i, (i - 1) >> 1); i = (i - 1) >> 1)
        swap(i, (i - 1) >> 1);
    } else if (count > 0 && compare(item, heap[0] as T) < 0) {
      heap[0] = item;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let top = i;
        if (left < count && above(left, top)) top = left;
        if (right < count && above(right, top)) top = right;
        if (top === i) break;
        swap(i, top);
        i = top;
      }
    }
  }
  return heap.sort(compare);
}

// "descending" only when strictly so: reversing equal items would break a stable sort's order.
function orderOf<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): "ascending" | "descending" | "mixed" {
  let ascending = true;
  let descending = true;
  for (let index = 1; index < items.length && (ascending || descending); index += 1) {
    const order = compare(items[index - 1] as T, items[index] as T);
    if (order > 0) ascending = false;
    if (order <= 0) descending = false;
  }
  return ascending ? "ascending" : descending ? "descending" : "mixed";
}
