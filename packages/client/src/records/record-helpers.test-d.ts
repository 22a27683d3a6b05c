import type { RecordIdRevision, RecordUpdateResult } from "@kintone-typed/types";
import { describe, expectTypeOf, it } from "vitest";
import { createClient } from "../create-client.js";
import type * as Deals from "../testing/deals.js";
import type { AllRecords } from "./get-all-records.js";

const client = createClient({
  baseUrl: "https://example.cybozu.com",
  auth: { type: "apiToken", token: "t" },
});

describe("record helpers", () => {
  it("read the per-app record type given as type argument", () => {
    const all = client.record.getAllRecords<Deals.SavedRecord>({ app: 1, fields: ["顧客名"] });
    expectTypeOf(all).toEqualTypeOf<AllRecords<Deals.SavedRecord>>();
    expectTypeOf(all.toArray()).resolves.toEqualTypeOf<Deals.SavedRecord[]>();
    // @ts-expect-error: not a field of the app
    client.record.getAllRecords<Deals.SavedRecord>({ app: 1, fields: ["担当者"] });
  });

  it("write the per-app record type given as type argument", () => {
    expectTypeOf(
      client.record.addAllRecords<Deals.RecordForAdd>({
        app: 1,
        records: [{ 顧客名: { value: "Acme" } }],
        verifyBy: "顧客名",
      }),
    ).resolves.toEqualTypeOf<{ records: RecordIdRevision[] }>();
    client.record.addAllRecords<Deals.RecordForAdd>({
      app: 1,
      // @ts-expect-error: not a field of the app
      records: [{ 担当者: { value: "x" } }],
    });
    expectTypeOf(
      client.record.updateAllRecords<Deals.RecordForUpdate>({
        app: 1,
        records: [{ id: 1, record: { 金額: { value: "5" } } }],
      }),
    ).resolves.toEqualTypeOf<{ records: RecordUpdateResult[] }>();
  });
});
