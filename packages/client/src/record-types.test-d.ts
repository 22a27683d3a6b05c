import type {
  GetRecordResponse,
  GetRecordsByCursorResponse,
  GetRecordsResponse,
  RecordFieldValue,
  RecordForWrite,
  SavedRecord,
} from "@kintone-typed/types";
import { describe, expectTypeOf, it } from "vitest";
import { createClient } from "./create-client.js";
import type * as Deals from "./testing/deals.js";

const client = createClient({
  baseUrl: "https://example.cybozu.com",
  auth: { type: "apiToken", token: "t" },
});

describe("per-app record types", () => {
  it("satisfy the generic read and write record types", () => {
    expectTypeOf<Deals.SavedRecord>().toExtend<SavedRecord>();
    expectTypeOf<Deals.RecordForAdd>().toExtend<RecordForWrite>();
    expectTypeOf<Deals.RecordForUpdate>().toExtend<RecordForWrite>();
  });
});

describe("read methods", () => {
  it("return the record type given as type argument", async () => {
    const { records } = await client.record.getRecords<Deals.SavedRecord>({ app: 1, query: "" });
    expectTypeOf(records).toEqualTypeOf<Deals.SavedRecord[]>();
    const first = records[0];
    if (first) {
      expectTypeOf(first.確度.value).toEqualTypeOf<"A" | "B" | "C" | null>();
      expectTypeOf(first.明細.value[0]?.value.数量.value).toEqualTypeOf<string | undefined>();
      // @ts-expect-error: not a field of the app
      void first.担当者;
    }
    expectTypeOf(
      client.record.getRecord<Deals.SavedRecord>({ app: 1, id: 1 }),
    ).resolves.toEqualTypeOf<GetRecordResponse<Deals.SavedRecord>>();
    expectTypeOf(
      client.record.getRecordsByCursor<Deals.SavedRecord>({ id: "c" }),
    ).resolves.toEqualTypeOf<GetRecordsByCursorResponse<Deals.SavedRecord>>();
  });

  it("narrow records to the listed fields", async () => {
    const narrowed = await client.record.getRecords<Deals.SavedRecord, "$id" | "顧客名">({
      app: 1,
      fields: ["$id", "顧客名"],
    });
    const deal = narrowed.records[0];
    expectTypeOf(deal?.顧客名).toEqualTypeOf<Deals.SavedRecord["顧客名"] | undefined>();
    // @ts-expect-error: 金額 was not requested
    void deal?.金額;
    const inferred = await client.record.getRecords({ app: 1, fields: ["$id", "customer"] });
    expectTypeOf(inferred.records).toEqualTypeOf<
      { $id: RecordFieldValue; customer: RecordFieldValue }[]
    >();
  });

  it("reject field codes the record type does not have", () => {
    // @ts-expect-error: unknown field code
    void client.record.getRecords<Deals.SavedRecord>({ app: 1, fields: ["nope"] });
    // @ts-expect-error: unknown field code
    void client.record.getRecords<Deals.SavedRecord, "nope">({ app: 1, fields: ["nope"] });
    // @ts-expect-error: 金額 is not among the narrowed fields
    void client.record.getRecords<Deals.SavedRecord, "$id">({ app: 1, fields: ["$id", "金額"] });
    // @ts-expect-error: unknown field code
    void client.record.createCursor<Deals.SavedRecord>({ app: 1, fields: ["nope"] });
    void client.record.createCursor<Deals.SavedRecord>({ app: 1, fields: ["$id", "明細"] });
  });
});

describe("write methods", () => {
  it("accept per-app records", () => {
    void client.record.addRecord<Deals.RecordForAdd>({
      app: 1,
      record: {
        顧客名: { value: "株式会社サンプル" },
        確度: { value: "A" },
        明細: { value: [{ value: { 品名: { value: "ねじ" }, 数量: { value: "3" } } }] },
      },
    });
    void client.record.addRecords<Deals.RecordForAdd>({
      app: 1,
      records: [{ 顧客名: { value: "A" } }, { 顧客名: { value: "B" }, タグ: { value: ["新規"] } }],
    });
    void client.record.updateRecord<Deals.RecordForUpdate>({
      app: 1,
      id: 1,
      record: { 金額: { value: "1000" } },
    });
    void client.record.updateRecord<Deals.RecordForUpdate>({
      app: 1,
      updateKey: { field: "顧客名", value: "A" },
      record: { 確度: { value: "" } },
    });
    void client.record.updateRecords<Deals.RecordForUpdate>({
      app: 1,
      upsert: true,
      records: [{ id: 1, record: { 確度: { value: "B" } } }],
    });
  });

  it("reject wrong option values, read-only fields and missing required fields", () => {
    void client.record.addRecord<Deals.RecordForAdd>({
      app: 1,
      // @ts-expect-error: "Z" is not an option of 確度
      record: { 顧客名: { value: "A" }, 確度: { value: "Z" } },
    });
    void client.record.updateRecord<Deals.RecordForUpdate>({
      app: 1,
      id: 1,
      // @ts-expect-error: 税額 is a CALC field, computed by kintone
      record: { 税額: { value: "100" } },
    });
    void client.record.addRecord<Deals.RecordForAdd>({
      app: 1,
      // @ts-expect-error: 顧客名 is required when adding
      record: { 金額: { value: "1" } },
    });
    void client.record.updateRecords<Deals.RecordForUpdate>({
      app: 1,
      // @ts-expect-error: "新" is not an option of タグ
      records: [{ id: 1, record: { タグ: { value: ["新"] } } }],
    });
  });
});

describe("without type arguments", () => {
  it("keeps the generic shapes", () => {
    expectTypeOf(client.record.getRecords({ app: 1 })).resolves.toEqualTypeOf<GetRecordsResponse>();
    expectTypeOf(
      client.request("GET /k/v1/records.json", { app: 1, fields: ["a"] }),
    ).resolves.toEqualTypeOf<GetRecordsResponse>();
    const anyRecord: RecordForWrite = { a: { value: "1" } };
    void client.record.addRecord({ app: 1, record: anyRecord });
    void client.record.updateRecords({ app: 1, records: [{ id: 1, record: anyRecord }] });
    void client.bulkRequest({
      requests: [
        { method: "POST", api: "/k/v1/record.json", payload: { app: 1, record: anyRecord } },
      ],
    });
  });
});
