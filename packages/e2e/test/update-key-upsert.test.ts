import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kintoneError } from "./kintone-error.js";
import { auth, type E2e, startE2e } from "./start-e2e.js";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
beforeEach(async () => {
  e2e.emulator.reset();
  await orders().record.addRecords({
    app: 1,
    records: ["O-1", "O-2"].map((code) => ({
      title: { value: code },
      orderCode: { value: code },
    })),
  });
});
afterAll(() => e2e.emulator.close());

const orders = () => e2e.client({ auth: auth.orders });
const codes = async () =>
  (
    await orders().record.getRecords({ app: 1, query: "order by $id asc", fields: ["orderCode"] })
  ).records.map((record) => record.orderCode?.value);

describe("updateKey", () => {
  it("updates the record whose unique field has the value", async () => {
    const client = orders();
    const updated = await client.record.updateRecord({
      app: 1,
      updateKey: { field: "orderCode", value: "O-2" },
      record: { amount: { value: "42" } },
    });
    expect(updated).toEqual({ revision: "2" });
    expect((await client.record.getRecord({ app: 1, id: 2 })).record.amount?.value).toBe("42");
  });

  it("fails for a key no record has, and for a field that is not unique", async () => {
    const client = orders();
    const missing = await kintoneError(
      client.record.updateRecord({
        app: 1,
        updateKey: { field: "orderCode", value: "O-404" },
        record: {},
      }),
    );
    expect(missing.status).toBe(404);
    const notUnique = await kintoneError(
      client.record.updateRecord({
        app: 1,
        updateKey: { field: "title", value: "O-1" },
        record: {},
      }),
    );
    expect(notUnique.code).toBe("CB_VA01");
  });
});

describe("upsert", () => {
  it("updates records whose key exists and inserts the others, reporting each operation", async () => {
    const result = await orders().record.updateRecords({
      app: 1,
      upsert: true,
      records: [
        { updateKey: { field: "orderCode", value: "O-1" }, record: { amount: { value: "1" } } },
        {
          updateKey: { field: "orderCode", value: "O-3" },
          record: { title: { value: "Inserted" } },
        },
      ],
    });
    expect(result.records).toEqual([
      { id: "1", revision: "2", operation: "UPDATE" },
      { id: "3", revision: "1", operation: "INSERT" },
    ]);
    expect(await codes()).toEqual(["O-1", "O-2", "O-3"]);
  });

  it("without upsert, fails the whole request for a missing key", async () => {
    const failed = await kintoneError(
      orders().record.updateRecords({
        app: 1,
        records: [
          { updateKey: { field: "orderCode", value: "O-1" }, record: { amount: { value: "1" } } },
          { updateKey: { field: "orderCode", value: "O-3" }, record: {} },
        ],
      }),
    );
    expect(failed.status).toBe(404);
    expect((await orders().record.getRecord({ app: 1, id: 1 })).record.$revision?.value).toBe("1");
  });
});
