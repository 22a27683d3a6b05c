import { createClient } from "@kintone-typed/client";
import type { SavedRecord as AnyRecord, RecordForWrite } from "@kintone-typed/types";
import { describe, expectTypeOf, it } from "vitest";
import type * as Everything from "./__fixtures__/expected/everything/src/index.js";
import { fields } from "./__fixtures__/expected/everything/src/index.js";

const client = createClient({
  baseUrl: "https://example.cybozu.com",
  auth: { type: "apiToken", token: "t" },
});
const app = 1;

// The smallest record RecordForAdd accepts: the required fields without a default value, plus the
// fields named like Object's members (TypeScript sees `constructor` and `toString` on every object).
const minimal = {
  title: { value: "Deal" },
  customer: { value: "C-1" },
  owner: { value: [{ code: "alice" }] },
  deadline: { value: "2030-01-01T00:00:00Z" },
  constructor: { value: "" },
  toString: { value: "" },
} satisfies Everything.RecordForAdd;

describe("generated record types", () => {
  it("fit the client's generic record constraints", () => {
    expectTypeOf<Everything.SavedRecord>().toExtend<AnyRecord>();
    expectTypeOf<Everything.RecordForAdd>().toExtend<RecordForWrite>();
    expectTypeOf<Everything.RecordForUpdate>().toExtend<RecordForWrite>();
  });

  it("type records read through the client, option values as unions", async () => {
    const { records } = await client.record.getRecords<Everything.SavedRecord>({ app });
    const [record] = records;
    if (!record) return;
    expectTypeOf(record.stage.value).toEqualTypeOf<"Lead" | "ends */ here /* and" | "Won" | null>();
    expectTypeOf(record.priority.value).toEqualTypeOf<"高" | "中" | "低">();
    expectTypeOf(record.tags.value).toEqualTypeOf<
      ("He said \"hi\" and 'bye'" | "C:\\temp\\new" | "`tick` and ${x}")[]
    >();
    expectTypeOf(record.明細.value[0]?.value.単位.value).toEqualTypeOf<
      "個" | "箱" | null | undefined
    >();
    expectTypeOf(record.$id.value).toEqualTypeOf<string>();
    expectTypeOf(record.constructor.value).toEqualTypeOf<string>();
    // @ts-expect-error: not a field of the app
    void record.missing;
    // @ts-expect-error: layout-only fields have no value
    void record.section;
  });

  it("narrow records to the listed fields", async () => {
    const typed = await client.record.getRecords<Everything.SavedRecord, "title" | "stage">({
      app,
      fields: ["title", "stage"],
    });
    expectTypeOf(typed.records[0]).toEqualTypeOf<
      Pick<Everything.SavedRecord, "title" | "stage"> | undefined
    >();
  });

  it("accept valid writes", () => {
    void client.record.addRecord<Everything.RecordForAdd>({ app, record: minimal });
    void client.record.addRecord<Everything.RecordForAdd>({
      app,
      record: {
        ...minimal,
        stage: { value: "Won" },
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${ is what is tested
        tags: { value: ["`tick` and ${x}"] },
        明細: { value: [{ value: { 品目: { value: "pen" }, 単位: { value: "箱" } } }] },
      },
    });
    void client.record.updateRecord<Everything.RecordForUpdate>({
      app,
      id: 1,
      record: {
        stage: { value: "" },
        明細: { value: [{ id: "3", value: { 数量: { value: "2" } } }] },
        constructor: { value: "c" },
        toString: { value: "1" },
      },
    });
    void client.record.updateRecords<Everything.RecordForUpdate>({
      app,
      upsert: true,
      records: [
        {
          updateKey: { field: "title", value: "Deal" },
          record: { amount: { value: "5" }, constructor: { value: "c" }, toString: { value: "1" } },
        },
      ],
    });
  });

  it("need fields named like Object's members in every write", () => {
    const { toString: _toString, ...rest } = minimal;
    // @ts-expect-error: without toString, TypeScript sees Object's toString method here
    void ({ ...rest } satisfies Everything.RecordForAdd);
  });

  it("reject wrong option values", () => {
    void client.record.addRecord<Everything.RecordForAdd>({
      app,
      // @ts-expect-error: "Lost" is not an option of stage
      record: { ...minimal, stage: { value: "Lost" } },
    });
    void client.record.updateRecord<Everything.RecordForUpdate>({
      app,
      id: 1,
      // @ts-expect-error: "urgent" is not an option of tags
      record: { tags: { value: ["urgent"] } },
    });
  });

  it("reject unknown fields", () => {
    void client.record.addRecord<Everything.RecordForAdd>({
      app,
      // @ts-expect-error: the app has no field "titel"
      record: { ...minimal, titel: { value: "typo" } },
    });
  });

  it("reject writes to read-only fields", () => {
    void client.record.updateRecord<Everything.RecordForUpdate>({
      app,
      id: 1,
      // @ts-expect-error: CALC fields are computed
      record: { total: { value: "1" } },
    });
    void client.record.addRecord<Everything.RecordForAdd>({
      app,
      // @ts-expect-error: system fields are set by kintone
      record: { ...minimal, Record_number: { value: "1" } },
    });
    // @ts-expect-error: auto-calculated text fields are computed
    void ({ fullTitle: { value: "x" } } satisfies Everything.RecordForUpdate);
    // @ts-expect-error: lookups copy into this field
    void ({ 顧客名: { value: "x" } } satisfies Everything.RecordForUpdate);
    // @ts-expect-error: the status changes through the process management APIs
    void ({ Status: { value: "完了" } } satisfies Everything.RecordForUpdate);
    void ({
      // @ts-expect-error: CALC cells of a table are computed too
      明細: { value: [{ value: { 小計: { value: "1" } } }] },
    } satisfies Everything.RecordForUpdate);
  });

  it("reject a new record without its required fields", () => {
    const { deadline: _deadline, ...withoutDeadline } = minimal;
    // @ts-expect-error: deadline is required and has no default value
    void client.record.addRecord<Everything.RecordForAdd>({ app, record: withoutDeadline });
    void client.record.addRecord<Everything.RecordForAdd>({
      app,
      record: {
        ...minimal,
        // @ts-expect-error: 品目 is required in every new row
        明細: { value: [{ value: { 数量: { value: "1" } } }] },
      },
    });
  });

  it("keep the runtime metadata literal", () => {
    expectTypeOf(fields.stage.options).toEqualTypeOf<
      readonly ["Lead", "ends */ here /* and", "Won"]
    >();
    expectTypeOf(fields.明細.fields.品目.required).toEqualTypeOf<true>();
  });
});
