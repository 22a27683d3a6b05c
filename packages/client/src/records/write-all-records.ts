import type { BulkRequestEntry, BulkRequestResponse, RecordForWrite } from "@kintone-typed/types";
import { KintoneRestAPIError } from "../kintone-rest-api-error.js";
import { type RetryPolicy, retryableStatuses, retryDelay } from "../retry-delay.js";
import { sleep } from "../sleep.js";
import { failedRecordOffset } from "./failed-record-offset.js";
import { KintoneAllRecordsError } from "./kintone-all-records-error.js";
import { bulkIndexes, type Chunk, planBulks } from "./plan-bulks.js";

/** How one kind of write (add, update, delete) maps records to bulkRequest entries and back. */
export type WriteKind<T, Result, W extends RecordForWrite> = {
  /** The bulkRequest entry writing one chunk. */
  toEntry(items: T[]): BulkRequestEntry<W>;
  /** The per-record results of one chunk's response. */
  readResults(response: BulkResult | undefined, items: T[]): Result[];
  /** After a lost connection: the bulk's results per chunk if it was committed, `false` if it was not, `undefined` if that cannot be told. */
  verify?(bulk: Chunk<T>[]): Promise<Result[][] | false | undefined>;
};

/** What the writer needs from the client. */
export type WriteRuntime<W extends RecordForWrite> = {
  bulkRequest(
    requests: BulkRequestEntry<W>[],
    signal: AbortSignal | undefined,
  ): Promise<BulkRequestResponse>;
  retry: RetryPolicy;
  /** bulkRequests in flight at once. */
  concurrency: number;
  signal: AbortSignal | undefined;
};

/** One result of a bulkRequest response. */
export type BulkResult = BulkRequestResponse["results"][number];

type Outcome<Result> =
  | { kind: "committed"; results: Result[][] }
  | { kind: "uncommitted"; cause: unknown; failedRecordIndex: number | undefined }
  | { kind: "unknown"; cause: unknown };

/** Writes every item in bulkRequests of 20 chunks of 100, retrying only attempts kintone provably did not apply; throws {@link KintoneAllRecordsError} with the exact outcome of each item when it stops. */
export async function writeAllRecords<T, Result, W extends RecordForWrite>(
  items: readonly T[],
  kind: WriteKind<T, Result, W>,
  runtime: WriteRuntime<W>,
): Promise<Result[]> {
  const bulks = planBulks(items);
  const results: (Result | undefined)[] = new Array(items.length).fill(undefined);
  const states: ("committed" | "uncommitted" | "unknown")[] = items.map(() => "uncommitted");
  let failure: { cause: unknown; failedRecordIndex: number | undefined } | undefined;
  let nextBulk = 0;
  const worker = async () => {
    for (let bulk = bulks[nextBulk++]; bulk && !failure; bulk = bulks[nextBulk++]) {
      const outcome = await writeBulk(bulk, kind, runtime);
      if (outcome.kind === "committed") {
        for (const [position, chunk] of bulk.entries()) {
          for (const [offset, result] of (outcome.results[position] ?? []).entries()) {
            results[chunk.start + offset] = result;
            states[chunk.start + offset] = "committed";
          }
        }
        continue;
      }
      if (outcome.kind === "unknown")
        for (const index of bulkIndexes(bulk)) states[index] = "unknown";
      failure ??= {
        cause: outcome.cause,
        failedRecordIndex: outcome.kind === "uncommitted" ? outcome.failedRecordIndex : undefined,
      };
    }
  };
  await Promise.all(Array.from({ length: Math.min(runtime.concurrency, bulks.length) }, worker));
  if (failure === undefined) return results.filter((result) => result !== undefined);
  const having = (state: (typeof states)[number]) =>
    states.flatMap((value, index) => (value === state ? [index] : []));
  throw new KintoneAllRecordsError(
    {
      committed: having("committed"),
      uncommitted: having("uncommitted"),
      unknown: having("unknown"),
      failedRecordIndex: failure.failedRecordIndex,
      results,
    },
    failure.cause,
  );
}

async function writeBulk<T, Result, W extends RecordForWrite>(
  bulk: Chunk<T>[],
  kind: WriteKind<T, Result, W>,
  runtime: WriteRuntime<W>,
): Promise<Outcome<Result>> {
  const requests = bulk.map((chunk) => kind.toEntry(chunk.items));
  for (let attempt = 0; ; attempt++) {
    let cause: unknown;
    let retryAfter: string | null = null;
    try {
      const { results } = await runtime.bulkRequest(requests, runtime.signal);
      return {
        kind: "committed",
        results: bulk.map((chunk, position) => kind.readResults(results[position], chunk.items)),
      };
    } catch (error) {
      cause = error;
      if (error instanceof KintoneRestAPIError) {
        // kintone answers 429 and 503 before running anything, so the bulk is provably not applied.
        if (!retryableStatuses.has(error.status))
          return { kind: "uncommitted", cause, failedRecordIndex: failedIndex(bulk, error) };
        retryAfter = error.headers.get("retry-after");
      } else {
        const verified = await verify(bulk, kind, runtime.signal);
        if (verified === undefined) return { kind: "unknown", cause };
        if (verified !== false) return { kind: "committed", results: verified };
      }
    }
    if (attempt >= runtime.retry.maxRetries)
      return { kind: "uncommitted", cause, failedRecordIndex: undefined };
    try {
      await sleep(retryDelay(runtime.retry, attempt, retryAfter), runtime.signal);
    } catch (aborted) {
      return { kind: "uncommitted", cause: aborted, failedRecordIndex: undefined };
    }
  }
}

// A lost connection or timeout leaves the write's fate open; only the kind's own check may settle it.
async function verify<T, Result, W extends RecordForWrite>(
  bulk: Chunk<T>[],
  kind: WriteKind<T, Result, W>,
  signal: AbortSignal | undefined,
): Promise<Result[][] | false | undefined> {
  if (signal?.aborted || !kind.verify) return undefined;
  try {
    return await kind.verify(bulk);
  } catch {
    return undefined;
  }
}

function failedIndex<T>(bulk: Chunk<T>[], error: KintoneRestAPIError): number | undefined {
  const chunk = error.bulkRequestIndex === undefined ? undefined : bulk[error.bulkRequestIndex];
  const offset = failedRecordOffset(error.errors);
  return chunk === undefined || offset === undefined ? undefined : chunk.start + offset;
}
