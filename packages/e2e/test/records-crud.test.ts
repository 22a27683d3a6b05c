import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kintoneError } from "./kintone-error.js";
import { auth, type E2e, startE2e } from "./start-e2e.js";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
beforeEach(() => e2e.emulator.reset());
afterAll(() => e2e.emulator.close());

const orders = () => e2e.client({ auth: auth.orders });
const order = (index: number) => ({
  title: { value: `Order ${index}` },
  orderCode: { value: `O-${index}` },
  amount: { value: String(index * 10) },
});

describe("one record", () => {
  it("adds with defaults, reads, updates with its revision and deletes", async () => {
    const client = orders();
    const added = await client.record.addRecord({ app: 1, record: order(1) });
    expect(added).toEqual({ id: "1", revision: "1" });
    const { record } = await client.record.getRecord({ app: 1, id: added.id });
    expect(record).toMatchObject({
      $id: { type: "__ID__", value: "1" },
      title: { type: "SINGLE_LINE_TEXT", value: "Order 1" },
      amount: { type: "NUMBER", value: "10" },
      stage: { type: "DROP_DOWN", value: "Lead" },
      Record_number: { type: "RECORD_NUMBER", value: "1" },
    });
    const updated = await client.record.updateRecord({
      app: 1,
      id: 1,
      revision: 1,
      record: { stage: { value: "Won" } },
    });
    expect(updated).toEqual({ revision: "2" });
    const reread = await client.record.getRecord({ app: 1, id: 1 });
    expect([reread.record.stage?.value, reread.record.title?.value]).toEqual(["Won", "Order 1"]);
    expect(await client.record.deleteRecords({ app: 1, ids: [1], revisions: [2] })).toEqual({});
    const gone = await kintoneError(client.record.getRecord({ app: 1, id: 1 }));
    expect([gone.status, gone.code]).toEqual([404, "GAIA_RE01"]);
  });

  it("refuses a stale revision with GAIA_CO02 and keeps the record", async () => {
    const client = orders();
    await client.record.addRecord({ app: 1, record: order(1) });
    await client.record.updateRecord({ app: 1, id: 1, record: { amount: { value: "20" } } });
    const conflict = await kintoneError(
      client.record.updateRecord({
        app: 1,
        id: 1,
        revision: 1,
        record: { amount: { value: "30" } },
      }),
    );
    expect([conflict.status, conflict.code]).toEqual([409, "GAIA_CO02"]);
    const { record } = await client.record.getRecord({ app: 1, id: 1 });
    expect([record.amount?.value, record.$revision?.value]).toEqual(["20", "2"]);
  });
});

describe("records in bulk", () => {
  it("adds 100 records, updates several and deletes them by ids", async () => {
    const client = orders();
    const records = Array.from({ length: 100 }, (_, index) => order(index + 1));
    const added = await client.record.addRecords({ app: 1, records });
    expect(added.ids).toEqual(records.map((_, index) => String(index + 1)));
    expect(new Set(added.revisions)).toEqual(new Set(["1"]));
    const updated = await client.record.updateRecords({
      app: 1,
      records: [
        { id: 2, record: { stage: { value: "Won" } } },
        { id: 3, revision: 1, record: { stage: { value: "Lost" } } },
      ],
    });
    expect(updated.records).toEqual([
      { id: "2", revision: "2" },
      { id: "3", revision: "2" },
    ]);
    const read = await client.record.getRecords({
      app: 1,
      query: 'stage in ("Won", "Lost") order by $id asc',
      fields: ["$id", "stage"],
    });
    expect(read.records.map((record) => [record.$id?.value, record.stage?.value])).toEqual([
      ["2", "Won"],
      ["3", "Lost"],
    ]);
    await client.record.deleteRecords({ app: 1, ids: added.ids.slice(0, 50) });
    expect(e2e.emulator.state().apps["1"]?.records).toBe(50);
  });

  it("adds all or nothing", async () => {
    const client = orders();
    const failed = await kintoneError(
      client.record.addRecords({ app: 1, records: [order(1), { amount: { value: "5" } }] }),
    );
    expect(failed.code).toBe("CB_VA01");
    expect(Object.keys(failed.errors ?? {})).toEqual(["records[1].title.value"]);
    expect(e2e.emulator.state().apps["1"]?.records).toBe(0);
  });

  it("refuses 101 records in one call", async () => {
    const client = orders();
    const records = Array.from({ length: 101 }, (_, index) => order(index + 1));
    const refused = await kintoneError(client.record.addRecords({ app: 1, records }));
    expect([refused.status, refused.code]).toEqual([400, "CB_VA01"]);
  });
});
