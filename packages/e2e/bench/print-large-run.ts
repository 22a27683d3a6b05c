import { createClient } from "@kintone-typed/client";
import { benchSeed, recordBatch } from "./bench-seed.js";
import { printRow } from "./print-row.js";
import { spawnEmulator } from "./spawn-emulator.js";

/** Adds `total` records through the client, reads them back through a cursor and by `$id` pages, printing times and the emulator's memory. */
export async function printLargeRun(total: number): Promise<void> {
  const emulator = await spawnEmulator(benchSeed);
  const client = createClient({
    baseUrl: emulator.baseUrl,
    auth: { type: "apiToken", token: "bench" },
  });
  const memory = (when: string) =>
    printRow(`emulator memory (RSS) ${when}`, `${emulator.rssMib().toFixed(0)} MiB`);
  const timed = async (label: string, run: () => Promise<number>) => {
    const started = performance.now();
    const records = await run();
    const seconds = (performance.now() - started) / 1000;
    printRow(label, `${seconds.toFixed(1)} s`, `${(records / seconds).toFixed(0)} records/s`);
  };
  console.log(`\n${total.toLocaleString("en")} records through the client:`);
  memory("at start");
  await timed(`addRecords x ${total / 100} (100 each)`, async () => {
    for (let offset = 0; offset < total; offset += 100)
      await client.record.addRecords({ app: 1, records: recordBatch(offset) });
    return total;
  });
  memory("after adding");
  await timed("read all through a cursor (500 a page)", async () => {
    const { id } = await client.record.createCursor({ app: 1, size: 500 });
    let read = 0;
    for (let next = true; next; ) {
      const page = await client.record.getRecordsByCursor({ id });
      read += page.records.length;
      next = page.next;
    }
    return read;
  });
  memory("after the cursor read");
  await timed("read all by $id pages (500 a page)", async () => {
    let read = 0;
    for (let last = "0"; ; ) {
      const query = `$id > ${last} order by $id asc limit 500`;
      const { records } = await client.record.getRecords({ app: 1, query });
      read += records.length;
      if (records.length < 500) return read;
      last = String(records.at(-1)?.$id?.value);
    }
  });
  memory("after the $id-paged read");
  await emulator.stop();
}
