// The record helpers against @kintone/rest-api-client on one spawned emulator (figures only, no asserts):
// reading 100,000 records, adding 10,000, each with no added latency and with 50 ms per response,
// then the client's peak heap while iterating versus collecting into an array.
// Each task runs BENCH_ROUNDS times (default 3) in rotating order; medians are printed, with the
// emulator's CPU time, which bounds what any client can gain from concurrency on this emulator.
// Run with `node --expose-gc --import tsx bench/record-helpers.bench.ts` for steadier memory figures.
import { cpus } from "node:os";
import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { createClient, type KintoneClient } from "@kintone-typed/client";
import { benchSeed, recordBatch } from "./bench-seed.js";
import { printRow } from "./print-row.js";
import { type SpawnedEmulator, spawnEmulator } from "./spawn-emulator.js";

const total = Number(process.env.BENCH_RECORDS ?? 100_000);
const added = Number(process.env.BENCH_ADDS ?? 10_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const readers = 8;
let peak = 0;

/** One timed job: it returns how many records it handled, and undoes its writes afterwards. */
type Task = { label: string; run(): Promise<{ count: number; undo?: () => Promise<unknown> }> };

/** Median wall time and emulator CPU time of a task, in seconds. */
type Figures = { seconds: number; emulatorSeconds: number; count: number };

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

const records = batches(total, added);
const deleteAll = (ids: { id: string }[]) => () =>
  ours.record.deleteAllRecords({ app: 1, records: ids });
const tasks: Task[] = [
  {
    label: `read ${total}: ours sequential`,
    run: async () => ({ count: (await ours.record.getAllRecords({ app: 1 }).toArray()).length }),
  },
  {
    label: `read ${total}: ours parallel (${readers} readers)`,
    run: async () => ({
      count: (await ours.record.getAllRecords({ app: 1, parallel: readers }).toArray()).length,
    }),
  },
  {
    label: `read ${total}: rest-api-client getAllRecords`,
    run: async () => ({ count: (await theirs.record.getAllRecords({ app: 1 })).length }),
  },
  {
    label: `add ${added}: ours addAllRecords`,
    run: async () => {
      const result = await ours.record.addAllRecords({ app: 1, records });
      return { count: result.records.length, undo: deleteAll(result.records) };
    },
  },
  {
    label: `add ${added}: rest-api-client addAllRecords`,
    run: async () => {
      const result = await theirs.record.addAllRecords({ app: 1, records });
      return { count: result.records.length, undo: deleteAll(result.records) };
    },
  },
];

try {
  console.log(`${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`);
  console.log(`median of ${rounds} rounds; "emulator" is the emulator process's CPU time`);
  await ours.record.addAllRecords({ app: 1, records: batches(0, total) });
  for (const latencyMs of [0, 50]) {
    await setLatency(emulator, latencyMs);
    console.log(`\n${latencyMs} ms added per response:`);
    const figures = await measure(tasks);
    for (const [label, { seconds, emulatorSeconds, count }] of figures) {
      printRow(
        label,
        `${seconds.toFixed(2)} s  ${(count / seconds).toFixed(0).padStart(6)}/s`,
        `emulator ${emulatorSeconds.toFixed(2)} s`,
      );
    }
    const ratio = (slower: Task | undefined, faster: Task | undefined) =>
      (
        (figures.get(slower?.label ?? "")?.seconds ?? Number.NaN) /
        (figures.get(faster?.label ?? "")?.seconds ?? Number.NaN)
      ).toFixed(2);
    const [sequential, parallel, theirRead, ourAdd, theirAdd] = tasks;
    printRow("rest-api-client time / ours: read sequential", `${ratio(theirRead, sequential)}x`);
    printRow("rest-api-client time / ours: read parallel", `${ratio(theirRead, parallel)}x`);
    printRow("rest-api-client time / ours: add", `${ratio(theirAdd, ourAdd)}x`);
  }
  await setLatency(emulator, 0);
  console.log(`\nclient heap while reading ${total} records (peak above the start):`);
  await printPeakHeap("async iterator", ours, async (client) => {
    let count = 0;
    for await (const _ of client.record.getAllRecords({ app: 1 }))
      if (++count % 500 === 0) sample();
  });
  await printPeakHeap("toArray()", ours, async (client) => {
    const all = await client.record.getAllRecords({ app: 1 }).toArray();
    sample();
    return all.length;
  });
} finally {
  await emulator.stop();
}

// Rotating the order each round spreads warm-up and machine load over every task alike.
async function measure(list: readonly Task[]): Promise<Map<string, Figures>> {
  const samples = new Map<string, Figures[]>(list.map((task) => [task.label, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const task of [
      ...list.slice(round % list.length),
      ...list.slice(0, round % list.length),
    ]) {
      const cpuBefore = emulator.cpuMs();
      const started = performance.now();
      const { count, undo } = await task.run();
      const seconds = (performance.now() - started) / 1000;
      const emulatorSeconds = (emulator.cpuMs() - cpuBefore) / 1000;
      samples.get(task.label)?.push({ seconds, emulatorSeconds, count });
      await undo?.();
    }
  }
  return new Map(
    [...samples].map(([label, figures]) => [
      label,
      {
        seconds: median(figures.map((figure) => figure.seconds)),
        emulatorSeconds: median(figures.map((figure) => figure.emulatorSeconds)),
        count: figures[0]?.count ?? 0,
      },
    ]),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function batches(from: number, count: number): Record<string, { value: string }>[] {
  const batch: Record<string, { value: string }>[] = [];
  for (let offset = from; offset < from + count; offset += 100) batch.push(...recordBatch(offset));
  return batch.slice(0, count);
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
