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
    records: Array.from({ length: 23 }, (_, index) => ({
      title: { value: `Order ${index + 1}` },
      amount: { value: String(index + 1) },
    })),
  });
});
afterAll(() => e2e.emulator.close());

const orders = () => e2e.client({ auth: auth.orders });

describe("cursors", () => {
  it("reads every match page by page, then releases itself", async () => {
    const client = orders();
    const { id, totalCount } = await client.record.createCursor({
      app: 1,
      query: "amount > 3 order by amount desc",
      fields: ["amount"],
      size: 5,
    });
    expect(totalCount).toBe("20");
    const amounts: unknown[] = [];
    const pages: number[] = [];
    for (let next = true; next; ) {
      const page = await client.record.getRecordsByCursor({ id });
      amounts.push(...page.records.map((record) => record.amount?.value));
      pages.push(page.records.length);
      next = page.next;
    }
    expect(pages).toEqual([5, 5, 5, 5]);
    expect(amounts).toEqual(Array.from({ length: 20 }, (_, index) => String(23 - index)));
    expect(e2e.emulator.state().cursors).toBe(0);
    const released = await kintoneError(client.record.getRecordsByCursor({ id }));
    expect([released.status, released.code]).toEqual([404, "GAIA_CN01"]);
  });

  it("deletes a cursor before its end", async () => {
    const client = orders();
    const { id } = await client.record.createCursor({ app: 1, size: 10 });
    await client.record.getRecordsByCursor({ id });
    expect(await client.record.deleteCursor({ id })).toEqual({});
    expect(e2e.emulator.state().cursors).toBe(0);
  });

  it("refuses an 11th open cursor with GAIA_TM12 until one is deleted", async () => {
    const client = orders();
    const ids: string[] = [];
    for (let index = 0; index < 10; index += 1)
      ids.push((await client.record.createCursor({ app: 1 })).id);
    const refused = await kintoneError(client.record.createCursor({ app: 1 }));
    expect([refused.status, refused.code]).toEqual([429, "GAIA_TM12"]);
    await client.record.deleteCursor({ id: ids[0] ?? "" });
    expect((await client.record.createCursor({ app: 1 })).id).toEqual(expect.any(String));
  });
});
