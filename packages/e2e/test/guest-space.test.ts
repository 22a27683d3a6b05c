import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kintoneError } from "./kintone-error.js";
import { auth, type E2e, startE2e } from "./start-e2e.js";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
beforeEach(() => e2e.emulator.reset());
afterAll(() => e2e.emulator.close());

const notes = (guestSpaceId?: number) =>
  e2e.client({ auth: auth.notes, ...(guestSpaceId !== undefined && { guestSpaceId }) });

describe("guest spaces", () => {
  it("reaches a guest space app through /k/guest/<id>/v1 with the client's guestSpaceId", async () => {
    const client = notes(7);
    const app = await client.app.getApp({ id: 3 });
    expect([app.appId, app.name]).toEqual(["3", "Guest notes"]);
    const added = await client.record.addRecord({ app: 3, record: { note: { value: "Hello" } } });
    expect(added.id).toBe("2");
    const { records } = await client.record.getRecords({ app: 3, query: "order by $id asc" });
    expect(records.map((record) => record.note?.value)).toEqual(["Welcome", "Hello"]);
  });

  it("runs cursors on the guest path", async () => {
    const client = notes(7);
    const { id, totalCount } = await client.record.createCursor({ app: 3 });
    expect(totalCount).toBe("1");
    const page = await client.record.getRecordsByCursor({ id });
    expect([page.records.length, page.next]).toEqual([1, false]);
  });

  it("writes all records in bulk inside the guest space, with guest paths in the bulk's entries", async () => {
    const apis: unknown[] = [];
    const recording: typeof fetch = async (input, init) => {
      if (String(input).endsWith("/bulkRequest.json"))
        apis.push(...JSON.parse(String(init?.body)).requests.map((r: { api: string }) => r.api));
      return fetch(input, init);
    };
    const client = e2e.client({ auth: auth.notes, guestSpaceId: 7, fetch: recording });
    const records = Array.from({ length: 150 }, (_, index) => ({ note: { value: `n${index}` } }));
    const result = await client.record.addAllRecords({ app: 3, records });
    expect(result.records).toHaveLength(150);
    expect(apis).toEqual(["/k/guest/7/v1/records.json", "/k/guest/7/v1/records.json"]);
    const { totalCount } = await client.record.getRecords({ app: 3, totalCount: true });
    expect(totalCount).toBe("151");
  });

  it("refuses the app on the normal path (GAIA_IL23) and on another space's path (CB_NO02)", async () => {
    const normal = await kintoneError(notes().record.getRecords({ app: 3 }));
    expect([normal.status, normal.code]).toEqual([400, "GAIA_IL23"]);
    const other = await kintoneError(notes(8).record.getRecords({ app: 3 }));
    expect([other.status, other.code]).toEqual([403, "CB_NO02"]);
  });
});
