import type { SavedRecord } from "@kintone-typed/types";
import type { ClientMethods } from "../generated/methods.gen.js";
import { readById } from "./read-by-id.js";
import { andConditions, type ReadOptions, recordId } from "./record-query.js";

/** Reads pages of matching records with `readers` concurrent seeks over equal slices of the `$id` range, in arrival order. */
export async function* readInParallel<R extends SavedRecord>(
  client: ClientMethods,
  options: ReadOptions<R>,
  readers: number,
): AsyncGenerator<R[], void, undefined> {
  const [lowest, highest] = await Promise.all([
    edgeId(client, options, "asc"),
    edgeId(client, options, "desc"),
  ]);
  if (lowest === undefined || highest === undefined) return;
  const pages = splitRange(lowest, highest, readers).map((range) =>
    readById(client, options, range),
  );
  yield* mergePages(pages);
}

/** Splits `[from, to]` into at most `parts` contiguous slices of nearly equal width. */
export function splitRange(
  from: number,
  to: number,
  parts: number,
): { from: number; to: number }[] {
  const width = Math.ceil((to - from + 1) / parts);
  const slices: { from: number; to: number }[] = [];
  for (let start = from; start <= to; start += width) {
    slices.push({ from: start, to: Math.min(start + width - 1, to) });
  }
  return slices;
}

async function edgeId<R extends SavedRecord>(
  client: ClientMethods,
  options: ReadOptions<R>,
  direction: "asc" | "desc",
): Promise<number | undefined> {
  const { records } = await client.record.getRecords(
    {
      app: options.app,
      query: `${andConditions(options.condition)} order by $id ${direction} limit 1`.trim(),
      fields: ["$id"],
    },
    { ...(options.signal && { signal: options.signal }) },
  );
  const [first] = records;
  return first === undefined ? undefined : recordId(first);
}

// Keeps one page request in flight per reader, so a slow consumer holds back every reader.
async function* mergePages<T>(sources: AsyncGenerator<T, void, undefined>[]): AsyncGenerator<T> {
  const pending = new Map(sources.map((source, index) => [index, next(source, index)] as const));
  try {
    while (pending.size > 0) {
      const { index, result } = await Promise.race(pending.values());
      const source = sources[index];
      if (result.done || source === undefined) {
        pending.delete(index);
        continue;
      }
      pending.set(index, next(source, index));
      yield result.value;
    }
  } finally {
    await Promise.allSettled([...pending.values()]);
    await Promise.allSettled(sources.map((source) => source.return()));
  }
}

function next<T>(
  source: AsyncGenerator<T, void, undefined>,
  index: number,
): Promise<{ index: number; result: IteratorResult<T, void> }> {
  return source.next().then((result) => ({ index, result }));
}
