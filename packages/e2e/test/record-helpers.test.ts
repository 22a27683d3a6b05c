import { KintoneAllRecordsError } from "@kintone-typed/client";
import { seededRandom } from "@kintone-typed/emulator";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auth, type E2e, startE2e } from "./start-e2e.js";

let e2e: E2e;
beforeAll(async () => {
  // Seeded, so the injected faults fall the same way on every run.
  e2e = await startE2e({ random: seededRandom(9) });
});
beforeEach(() => e2e.emulator.reset());
afterAll(() => e2e.emulator.close());

// Millisecond backoff keeps the retries quick; the policy's shape is what is under test.
const retry = { maxRetries: 8, baseDelayMs: 1, maxDelayMs: 5 };
const client = () => e2e.client({ auth: auth.orders, retry });
const orders = (count: number, from = 0) =>
  Array.from({ length: count }, (_, index) => ({
    title: { value: `Order ${from + index}` },
    orderCode: { value: `O-${from + index}` },
    amount: { value: String((from + index) % 7) },
  }));
const recordCount = () => e2e.emulator.state().apps["1"]?.records;
const codes = async () => {
  const records = await client()
    .record.getAllRecords({ app: 1, fields: ["orderCode"] })
    .toArray();
  return records.map((record) => String(record.orderCode?.value));
};

describe("getAllRecords", () => {
  beforeEach(async () => {
    await client().record.addAllRecords({ app: 1, records: orders(1234) });
  });

  it("reads every match by $id, keeping an `or` inside its parentheses", async () => {
    const records = await client()
      .record.getAllRecords({ app: 1, condition: "amount = 1 or amount = 2", fields: ["amount"] })
      .toArray();
    expect(records.length).toBe(
      orders(1234).filter((o) => ["1", "2"].includes(o.amount.value)).length,
    );
    const ids = records.map((record) => Number(record.$id?.value));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reads the same records with parallel readers", async () => {
    const sequential = await client().record.getAllRecords({ app: 1 }).toArray();
    const parallel = await client().record.getAllRecords({ app: 1, parallel: 4 }).toArray();
    const ids = (records: typeof sequential) =>
      records.map((record) => Number(record.$id?.value)).sort((a, b) => a - b);
    expect(parallel.length).toBe(1234);
    expect(ids(parallel)).toEqual(ids(sequential));
  });

  it("reads through a cursor in orderBy order and releases it", async () => {
    const amounts: number[] = [];
    for await (const record of client().record.getAllRecords({
      app: 1,
      orderBy: "amount desc",
      fields: ["amount"],
    })) {
      amounts.push(Number(record.amount?.value));
    }
    expect(amounts.length).toBe(1234);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(e2e.emulator.state().cursors).toBe(0);
  });

  it("leaves no cursor open after 100 reads stopped midway by abort or break", async () => {
    for (let run = 0; run < 100; run++) {
      const controller = new AbortController();
      const read = async () => {
        let seen = 0;
        for await (const _ of client().record.getAllRecords({
          app: 1,
          orderBy: "amount asc",
          signal: controller.signal,
        })) {
          seen++;
          if (seen === 1 + run * 7) controller.abort();
          if (run % 2 === 1 && controller.signal.aborted) break;
        }
      };
      if (run % 2 === 0) await expect(read()).rejects.toThrow();
      else await read();
      expect(e2e.emulator.state().cursors).toBe(0);
    }
  });
});

describe("addAllRecords under faults", () => {
  it("imports 10,000 records exactly once through 503s, 429s and dropped connections", async () => {
    // Two bulks lose their connection before running and two after committing; then 10% get 503 and 5% 429.
    e2e.emulator.faults.inject({ dropConnection: true, count: 2, pathPattern: "bulkRequest" });
    e2e.emulator.faults.inject({ dropAfterCommit: true, count: 2, pathPattern: "bulkRequest" });
    e2e.emulator.faults.inject({
      status: 503,
      count: 1_000_000,
      probability: 0.1,
      pathPattern: "/k/v1/",
    });
    e2e.emulator.faults.inject({
      status: 429,
      count: 1_000_000,
      probability: 0.05,
      pathPattern: "/k/v1/",
    });
    const before = recordCount() ?? 0;
    const records = orders(10_000);
    const seen = { 503: 0, 429: 0, dropped: 0 };
    const counting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init).catch((error: unknown) => {
        seen.dropped++;
        throw error;
      });
      if (response.status === 503 || response.status === 429) seen[response.status]++;
      return response;
    };
    const { records: added } = await e2e
      .client({ auth: auth.orders, retry, fetch: counting })
      .record.addAllRecords({
        app: 1,
        records,
        verifyBy: "orderCode",
      });
    e2e.emulator.faults.clear();
    expect(seen.dropped).toBe(4);
    expect(seen[503] > 0 && seen[429] > 0).toBe(true);
    expect(recordCount()).toBe(before + 10_000);
    const stored = await codes();
    expect(new Set(stored).size).toBe(stored.length);
    expect(stored.filter((code) => code.startsWith("O-")).sort()).toEqual(
      records.map((record) => record.orderCode.value).sort(),
    );
    expect(added.length).toBe(10_000);
    const byId = new Map(
      (
        await client()
          .record.getAllRecords({ app: 1, fields: ["orderCode"] })
          .toArray()
      ).map((record) => [record.$id?.value, record.orderCode?.value]),
    );
    expect(added.map((result) => byId.get(result.id))).toEqual(
      records.map((record) => record.orderCode.value),
    );
  });
});

describe("a failing chunk", () => {
  it("names the committed and uncommitted records and the failing one", async () => {
    const before = recordCount() ?? 0;
    const records = orders(5_000);
    records[2345] = {
      ...records[2345],
      title: { value: "x".repeat(65) },
    } as (typeof records)[number];
    const failure = await client()
      .record.addAllRecords({ app: 1, records }, { concurrency: 4 })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(KintoneAllRecordsError);
    if (!(failure instanceof KintoneAllRecordsError)) return;
    const range = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, index) => from + index);
    expect(failure.failedRecordIndex).toBe(2345);
    expect(failure.committed).toEqual([...range(0, 2000), ...range(4000, 5000)]);
    expect(failure.uncommitted).toEqual(range(2000, 4000));
    expect(failure.unknown).toEqual([]);
    expect(recordCount()).toBe(before + 3000);
    const stored = new Set(await codes());
    expect(failure.committed.every((index) => stored.has(`O-${index}`))).toBe(true);
    expect(failure.uncommitted.some((index) => stored.has(`O-${index}`))).toBe(false);
  });

  it("reports a bulk whose connection dropped as unknown when nothing can verify it", async () => {
    e2e.emulator.faults.inject({ dropAfterCommit: true, pathPattern: "bulkRequest" });
    const failure = await client()
      .record.addAllRecords({ app: 1, records: orders(150) })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(KintoneAllRecordsError);
    if (!(failure instanceof KintoneAllRecordsError)) return;
    expect([failure.committed.length, failure.uncommitted.length, failure.unknown.length]).toEqual([
      0, 0, 150,
    ]);
  });
});

describe("updateAllRecords and deleteAllRecords", () => {
  it("upserts by updateKey, then deletes every record", async () => {
    await client().record.addAllRecords({ app: 1, records: orders(150) });
    const { records: results } = await client().record.updateAllRecords({
      app: 1,
      upsert: true,
      records: orders(300).map((record) => ({
        updateKey: { field: "orderCode", value: record.orderCode.value },
        record: { title: record.title, amount: { value: "99" } },
      })),
    });
    expect(results.filter((result) => result.operation === "INSERT").length).toBe(150);
    const all = await client().record.getAllRecords({ app: 1 }).toArray();
    await client().record.deleteAllRecords({
      app: 1,
      records: all.map((record) => ({ id: String(record.$id?.value) })),
    });
    expect(recordCount()).toBe(0);
  });
});

describe("deployAppAndWait", () => {
  it("deploys and waits until the app reports SUCCESS", async () => {
    const statuses = await client().app.deployAppAndWait({ apps: [{ app: 1 }], pollIntervalMs: 1 });
    expect(statuses).toEqual([{ app: "1", status: "SUCCESS" }]);
  });
});
