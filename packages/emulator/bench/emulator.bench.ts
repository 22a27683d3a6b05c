// Prints requests/second for GET records.json (500 per request) and POST records.json (100 per request).
import { startEmulator } from "../src/index.js";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const maxRequests = 20_000;
const headers = { "X-Cybozu-API-Token": "bench", "Content-Type": "application/json" };

const emulator = await startEmulator({
  seed: {
    apiTokens: [{ token: "bench", app: 1, view: true, add: true, edit: true, delete: true }],
    apps: [
      {
        id: 1,
        name: "Bench",
        fields: {
          title: { type: "SINGLE_LINE_TEXT", code: "title", label: "Title", required: true },
          amount: { type: "NUMBER", code: "amount", label: "Amount" },
          stage: {
            type: "DROP_DOWN",
            code: "stage",
            label: "Stage",
            options: { a: { label: "a", index: "0" }, b: { label: "b", index: "1" } },
          },
          due: { type: "DATE", code: "due", label: "Due" },
        },
      },
    ],
  },
});

const batch = (offset: number) =>
  Array.from({ length: 100 }, (_, index) => ({
    title: { value: `record ${offset + index}` },
    amount: { value: String(offset + index) },
    stage: { value: index % 2 === 0 ? "a" : "b" },
    due: { value: "2025-01-31" },
  }));

async function run(
  name: string,
  perRequest: number,
  request: (index: number) => Promise<Response>,
): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let count = 0;
  while (performance.now() < deadline && count < maxRequests) {
    const response = await request(count);
    if (response.status !== 200)
      throw new Error(`${name}: HTTP ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    count += 1;
  }
  const elapsed = (performance.now() - started) / 1000;
  const rate = count / elapsed;
  console.log(
    `${name}: ${rate.toFixed(1)} requests/s, ${(rate * perRequest).toFixed(0)} records/s (${count} requests in ${elapsed.toFixed(1)} s)`,
  );
}

for (let offset = 0; offset < 500; offset += 100) {
  await fetch(`${emulator.baseUrl}/k/v1/records.json`, {
    method: "POST",
    headers,
    body: JSON.stringify({ app: 1, records: batch(offset) }),
  });
}
const query = encodeURIComponent("order by $id asc limit 500");
await run("GET records.json (500 records)", 500, () =>
  fetch(`${emulator.baseUrl}/k/v1/records.json?app=1&query=${query}`, { headers }),
);
await run("POST records.json (100 records)", 100, (index) =>
  fetch(`${emulator.baseUrl}/k/v1/records.json`, {
    method: "POST",
    headers,
    body: JSON.stringify({ app: 1, records: batch(1000 + index * 100) }),
  }),
);
await emulator.close();
