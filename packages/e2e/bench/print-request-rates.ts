import { createClient } from "@kintone-typed/client";
import { benchSeed, recordBatch } from "./bench-seed.js";
import { benchSeconds, measureRates, type Rate } from "./measure-rates.js";
import { printRow } from "./print-row.js";
import { spawnEmulator } from "./spawn-emulator.js";

const token = "bench";

/** Prints requests/s of getRecords (500) and addRecords (100), through the client and with raw fetch. */
export async function printRequestRates(): Promise<void> {
  const emulator = await spawnEmulator(benchSeed);
  const client = createClient({ baseUrl: emulator.baseUrl, auth: { type: "apiToken", token } });
  let added = 0;
  const nextBatch = () => {
    added += 100;
    return recordBatch(added);
  };
  for (let index = 0; index < 5; index += 1)
    await client.record.addRecords({ app: 1, records: nextBatch() });
  const query = "order by $id asc limit 500";
  const url = `${emulator.baseUrl}/k/v1/records.json`;
  const print = (rates: Rate[]) => {
    for (const { name, requestsPerSecond, recordsPerSecond } of rates)
      printRow(
        name,
        `${requestsPerSecond.toFixed(1)} requests/s`,
        `${recordsPerSecond.toFixed(0)} records/s`,
      );
  };
  console.log(`One request at a time, ${benchSeconds} s per comparison:`);
  print(
    await measureRates(500, {
      "getRecords (500 records), client": () => client.record.getRecords({ app: 1, query }),
      "getRecords (500 records), raw fetch": () =>
        rawJson(`${url}?app=1&query=${encodeURIComponent(query)}`),
    }),
  );
  print(
    await measureRates(100, {
      "addRecords (100 records), client": () =>
        client.record.addRecords({ app: 1, records: nextBatch() }),
      "addRecords (100 records), raw fetch": () =>
        rawJson(url, { method: "POST", body: JSON.stringify({ app: 1, records: nextBatch() }) }),
    }),
  );
  printRow("records in the app at the end", added.toLocaleString("en"));
  await emulator.stop();
}

// The request the client sends, with the body parsed as the client does.
async function rawJson(url: string, init: RequestInit = {}): Promise<unknown> {
  const headers = { "X-Cybozu-API-Token": token, "Content-Type": "application/json" };
  const response = await fetch(url, { ...init, headers });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return response.json();
}
