import type { RecordForWrite } from "@kintone-typed/types";
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

describe("CB_VA01 validation errors", () => {
  it.each<{ name: string; record: RecordForWrite; key: string; message: string }>([
    {
      name: "a missing required value",
      record: {},
      key: "record.title.value",
      message: "Required.",
    },
    {
      name: "a text over maxLength",
      record: { title: { value: "x".repeat(65) } },
      key: "record.title.value",
      message: "Enter less than 65 characters.",
    },
    {
      name: "a number above maxValue",
      record: { title: { value: "t" }, amount: { value: "1000001" } },
      key: "record.amount.value",
      message: "The value must be 1000000 or less.",
    },
    {
      name: "a number below minValue",
      record: { title: { value: "t" }, amount: { value: "-1" } },
      key: "record.amount.value",
      message: "The value must be 0 or more.",
    },
  ])("reports $name under $key", async ({ record, key, message }) => {
    const error = await kintoneError(orders().record.addRecord({ app: 1, record }));
    expect([error.status, error.code]).toEqual([400, "CB_VA01"]);
    expect(error.errors).toEqual({ [key]: { messages: [message] } });
  });

  it("reports every invalid field of one record at once", async () => {
    const error = await kintoneError(
      orders().record.addRecord({
        app: 1,
        record: { stage: { value: "Unknown" }, amount: { value: "-5" } },
      }),
    );
    expect(Object.keys(error.errors ?? {}).sort()).toEqual([
      "record.amount.value",
      "record.stage.value",
      "record.title.value",
    ]);
  });

  it("keys errors of bulk writes by record index", async () => {
    const client = orders();
    await client.record.addRecords({
      app: 1,
      records: [{ title: { value: "a" } }, { title: { value: "b" } }],
    });
    const error = await kintoneError(
      client.record.updateRecords({
        app: 1,
        records: [
          { id: 1, record: { title: { value: "fine" } } },
          { id: 2, record: { amount: { value: "2000000" } } },
        ],
      }),
    );
    expect(error.code).toBe("CB_VA01");
    expect(Object.keys(error.errors ?? {})).toEqual(["records[1].record.amount.value"]);
  });

  it("rejects a duplicate value of a unique field", async () => {
    const client = orders();
    await client.record.addRecord({
      app: 1,
      record: { title: { value: "a" }, orderCode: { value: "O-1" } },
    });
    const error = await kintoneError(
      client.record.addRecord({
        app: 1,
        record: { title: { value: "b" }, orderCode: { value: "O-1" } },
      }),
    );
    expect(error.code).toBe("CB_VA01");
    expect(Object.keys(error.errors ?? {})).toEqual(["record.orderCode.value"]);
  });
});
