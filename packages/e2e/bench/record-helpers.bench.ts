// The record helpers against @kintone/rest-api-client on one spawned emulator (figures only, no asserts):
// reading 100,000 records, adding 10,000, each with no added latency and with 50 ms per response,
// then the client's peak heap while iterating versus collecting into an array.
// Run with `node --expose-gc --import tsx bench/record-helpers.bench.ts` for steadier memory figures.
import { cpus } from "node:os";
import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { createClient, type KintoneClient } from "@kintone-typed/client";
import { benchSeed, recordBatch } from "./bench-seed.js";
import { printRow } from "./print-row.js";
import { type SpawnedEmulator, spawnEmulator } from "./spawn-emulator.js";

const total = Number(process.env.BENCH_RECORDS ?? 100_000);
const added = Number(process.env.BENCH_ADDS ?? 10_000);
const readers = 8;
let peak = 0;

const emulator = await spawnEmulator(benchSeed);
const ours = createClient({
  baseUrl: emulator.baseUrl,
  auth: { type: "apiToken", token: "bench" },
});
// rest-api-client accepts plain http only for the host name "localhost".
const theirs = new KintoneRestAPIClient({
  baseUrl: emulator.baseUrl.replace("127.0.0.1", "localhost"),
  auth: { apiToken: "bench" },
});

try {
  console.log(`${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`);
  await ours.record.addAllRecords({ app: 1, records: batches(0, total) });
  for (const latencyMs of [0, 50]) {
    await setLatency(emulator, latencyMs);
    console.log(`\n${latencyMs} ms added per response:`);
    await timed(
      `read ${total}: ours sequential`,
      async () => (await ours.record.getAllRecords({ app: 1 }).toArray()).length,
    );
    await timed(
      `read ${total}: ours parallel (${readers} readers)`,
      async () => (await ours.record.getAllRecords({ app: 1, parallel: readers }).toArray()).length,
    );
    await timed(
      `read ${total}: rest-api-client getAllRecords`,
      async () => (await theirs.record.getAllRecords({ app: 1 })).length,
    );
    const records = batches(total, added);
    const ids = await timed(`add ${added}: ours addAllRecords`, async () =>
      (await ours.record.addAllRecords({ app: 1, records })).records.map(({ id }) => ({ id })),
    );
    await ours.record.deleteAllRecords({ app: 1, records: ids });
    const theirIds = await timed(`add ${added}: rest-api-client addAllRecords`, async () =>
      (await theirs.record.addAllRecords({ app: 1, records })).records.map(({ id }) => ({ id })),
    );
    await ours.record.deleteAllRecords({ app: 1, records: theirIds });
  }
  await setLatency(emulator, 0);
  console.log(`\nclient heap while reading ${total} records (peak above the start):`);
  await printPeakHeap("async iterator", ours, async (client) => {
    let count = 0;
    for await (const _ of client.record.getAllRecords({ app: 1 }))
      if (++count % 500 === 0) sample();
  });
  await printPeakHeap("toArray()", ours, async (client) => {
    const records = await client.record.getAllRecords({ app: 1 }).toArray();
    sample();
    return records.length;
  });
} finally {
  await emulator.stop();
}

function batches(from: number, count: number): Record<string, { value: string }>[] {
  const records: Record<string, { value: string }>[] = [];
  for (let offset = from; offset < from + count; offset += 100)
    records.push(...recordBatch(offset));
  return records.slice(0, count);
}

async function setLatency(target: SpawnedEmulator, latencyMs: number): Promise<void> {
  await fetch(`${target.baseUrl}/__emulator/faults`, { method: "DELETE" });
  if (latencyMs === 0) return;
  await fetch(`${target.baseUrl}/__emulator/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ latencyMs, count: 1_000_000_000, pathPattern: "^/k/" }),
  });
}

async function timed<T extends number | unknown[]>(
  label: string,
  run: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  const count = typeof result === "number" ? result : result.length;
  printRow(label, `${seconds.toFixed(2)} s`, `${(count / seconds).toFixed(0)} records/s`);
  return result;
}

function sample(): void {
  peak = Math.max(peak, process.memoryUsage().heapUsed);
}

async function printPeakHeap(
  label: string,
  client: KintoneClient,
  run: (client: KintoneClient) => Promise<unknown>,
): Promise<void> {
  globalThis.gc?.();
  const start = process.memoryUsage().heapUsed;
  peak = start;
  await run(client);
  printRow(label, `${((peak - start) / 2 ** 20).toFixed(0)} MiB`);
}
