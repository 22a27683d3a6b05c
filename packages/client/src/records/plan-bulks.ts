/** A run of consecutive input items sent as one records request; `start` is the first item's input index. */
export type Chunk<T> = { start: number; items: T[] };

/** kintone's limits: 100 records per records request, 20 requests per bulkRequest. */
export const bulkLimits = { recordsPerChunk: 100, chunksPerBulk: 20 } as const;

/** Splits items into bulkRequests of up to `chunksPerBulk` chunks of up to `recordsPerChunk` items, keeping input order. */
export function planBulks<T>(
  items: readonly T[],
  limits: { recordsPerChunk: number; chunksPerBulk: number } = bulkLimits,
): Chunk<T>[][] {
  const bulks: Chunk<T>[][] = [];
  const perBulk = limits.recordsPerChunk * limits.chunksPerBulk;
  for (let bulkStart = 0; bulkStart < items.length; bulkStart += perBulk) {
    const bulk: Chunk<T>[] = [];
    const bulkEnd = Math.min(bulkStart + perBulk, items.length);
    for (let start = bulkStart; start < bulkEnd; start += limits.recordsPerChunk) {
      bulk.push({
        start,
        items: items.slice(start, Math.min(start + limits.recordsPerChunk, bulkEnd)),
      });
    }
    bulks.push(bulk);
  }
  return bulks;
}

/** The input indexes a bulk covers, in order. */
export function bulkIndexes<T>(bulk: readonly Chunk<T>[]): number[] {
  return bulk.flatMap((chunk) => chunk.items.map((_, offset) => chunk.start + offset));
}
