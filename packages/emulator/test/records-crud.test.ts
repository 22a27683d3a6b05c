import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { dig } from "./dig.js";
import { as, startTestEmulator, type TestEmulator } from "./test-emulator.js";

let t: TestEmulator;
beforeEach(async () => {
  t ??= await startTestEmulator({ now: () => new Date("2025-05-01T02:03:04.567Z") });
  t.emulator.reset();
});
afterAll(() => t.emulator.close());

const post = (record: unknown) =>
  t.call("POST", "/k/v1/record.json", { auth: as.full, json: { app: 1, record } });
const get = (id: string) => t.call("GET", `/k/v1/record.json?app=1&id=${id}`, { auth: as.full });

describe("single records", () => {
  it("adds a record with defaults and system fields, and reads it back", async () => {
    const added = await post({ title: { value: "New deal" } });
    expect(added.body).toEqual({ id: "4", revision: "1" });
    const record = dig((await get("4")).body, "record");
    expect(record).toMatchObject({
      $id: { type: "__ID__", value: "4" },
      $revision: { type: "__REVISION__", value: "1" },
      Record_number: { type: "RECORD_NUMBER", value: "4" },
      Created_by: { value: { code: "Administrator", name: "Administrator" } },
      Created_datetime: { type: "CREATED_TIME", value: "2025-05-01T02:03:00Z" },
      Updated_datetime: { value: "2025-05-01T02:03:00Z" },
      title: { value: "New deal" },
      amount: { value: "0" },
      stage: { value: "Lead" },
      priority: { value: "Normal" },
      owner: { value: [{ code: "Administrator", name: "Administrator" }] },
      Status: { type: "STATUS", value: "Open" },
      Assignee: {
        type: "STATUS_ASSIGNEE",
        value: [{ code: "Administrator", name: "Administrator" }],
      },
    });
  });

  it("keeps explicit empty values instead of defaults", async () => {
    await post({ title: { value: "x" }, amount: { value: "" }, stage: { value: null } });
    expect(dig((await get("4")).body, "record", "amount", "value")).toBe("");
    expect(dig((await get("4")).body, "record", "stage", "value")).toBeNull();
  });

  it("updates by id, advancing the revision and keeping unsent fields", async () => {
    const updated = await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, id: 1, record: { amount: { value: "7000" } } },
    });
    expect(updated.body).toEqual({ revision: "2" });
    const record = dig((await get("1")).body, "record");
    expect(record).toMatchObject({
      amount: { value: "7000" },
      title: { value: "Acme renewal" },
      $revision: { value: "2" },
    });
  });

  it("answers GAIA_RE01 for a missing record and GAIA_AP01 for a missing app", async () => {
    const record = await get("99");
    expect([record.status, dig(record.body, "code")]).toEqual([404, "GAIA_RE01"]);
    const app = await t.call("GET", "/k/v1/record.json?app=99&id=1", { auth: as.alice });
    expect([app.status, dig(app.body, "code")]).toEqual([404, "GAIA_AP01"]);
  });

  it("detects revision conflicts with GAIA_CO02, and -1 skips the check", async () => {
    const stale = await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, id: 1, revision: 5, record: { amount: { value: "1" } } },
    });
    expect([stale.status, dig(stale.body, "code")]).toEqual([409, "GAIA_CO02"]);
    const current = await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, id: 1, revision: "1", record: { amount: { value: "1" } } },
    });
    expect(current.body).toEqual({ revision: "2" });
    const unchecked = await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, id: 1, revision: -1, record: { amount: { value: "2" } } },
    });
    expect(unchecked.body).toEqual({ revision: "3" });
  });

  it("updates by updateKey on a unique field, and rejects keys on other fields", async () => {
    const updated = await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: {
        app: 1,
        updateKey: { field: "dealCode", value: "D-2" },
        record: { amount: { value: "42" } },
      },
    });
    expect(updated.body).toEqual({ revision: "2" });
    expect(dig((await get("2")).body, "record", "amount", "value")).toBe("42");
    const missing = await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, updateKey: { field: "dealCode", value: "D-404" }, record: {} },
    });
    expect(missing.status).toBe(404);
    const notUnique = await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, updateKey: { field: "title", value: "Acme renewal" }, record: {} },
    });
    expect(dig(notUnique.body, "code")).toBe("CB_VA01");
  });
});

describe("bulk records", () => {
  it("adds up to 100 records at once and refuses 101", async () => {
    const records = Array.from({ length: 100 }, (_, index) => ({
      title: { value: `bulk ${index}` },
    }));
    const added = await t.call("POST", "/k/v1/records.json", {
      auth: as.full,
      json: { app: 1, records },
    });
    expect(dig(added.body, "ids", 99)).toBe("103");
    expect(dig(added.body, "revisions", 0)).toBe("1");
    const tooMany = await t.call("POST", "/k/v1/records.json", {
      auth: as.full,
      json: { app: 1, records: [...records, { title: { value: "one more" } }] },
    });
    expect(tooMany.body).toMatchObject({
      code: "CB_VA01",
      errors: { records: { messages: ["A maximum of 100 records can be added at one time."] } },
    });
  });

  it("adds all or none, keying errors by record index", async () => {
    const response = await t.call("POST", "/k/v1/records.json", {
      auth: as.full,
      json: { app: 1, records: [{ title: { value: "ok" } }, { amount: { value: "5" } }] },
    });
    expect(response.body).toMatchObject({
      code: "CB_VA01",
      errors: { "records[1].title.value": { messages: ["Required."] } },
    });
    const state = t.emulator.state();
    expect(state.apps["1"]?.records).toBe(3);
  });

  it("updates several records and reports their revisions; a missing id fails the whole request", async () => {
    const updated = await t.call("PUT", "/k/v1/records.json", {
      auth: as.full,
      json: {
        app: 1,
        records: [
          { id: 1, record: { amount: { value: "1" } } },
          { updateKey: { field: "dealCode", value: "D-2" }, record: { amount: { value: "2" } } },
        ],
      },
    });
    expect(updated.body).toEqual({
      records: [
        { id: "1", revision: "2" },
        { id: "2", revision: "2" },
      ],
    });
    const failed = await t.call("PUT", "/k/v1/records.json", {
      auth: as.full,
      json: {
        app: 1,
        records: [
          { id: 1, record: { amount: { value: "9" } } },
          { id: 99, record: {} },
        ],
      },
    });
    expect([failed.status, dig(failed.body, "code")]).toEqual([404, "GAIA_RE01"]);
    expect(dig((await get("1")).body, "record", "amount", "value")).toBe("1");
  });

  it("upserts: updates records whose key exists and inserts the others", async () => {
    const response = await t.call("PUT", "/k/v1/records.json", {
      auth: as.full,
      json: {
        app: 1,
        upsert: true,
        records: [
          { updateKey: { field: "dealCode", value: "D-1" }, record: { amount: { value: "11" } } },
          {
            updateKey: { field: "dealCode", value: "D-9" },
            record: { title: { value: "Upserted" } },
          },
        ],
      },
    });
    expect(response.body).toEqual({
      records: [
        { id: "1", revision: "2", operation: "UPDATE" },
        { id: "4", revision: "1", operation: "INSERT" },
      ],
    });
    expect(dig((await get("4")).body, "record", "dealCode", "value")).toBe("D-9");
  });

  it("deletes up to 100 records, checking revisions, and refuses empty or oversized lists", async () => {
    const conflict = await t.call("DELETE", "/k/v1/records.json", {
      auth: as.full,
      json: { app: 1, ids: [1, 2], revisions: [1, 7] },
    });
    expect(conflict.status).toBe(409);
    expect(t.emulator.state().apps["1"]?.records).toBe(3);
    const deleted = await t.call("DELETE", "/k/v1/records.json", {
      auth: as.full,
      json: { app: 1, ids: [1, 2], revisions: [1, 1] },
    });
    expect(deleted.body).toEqual({});
    expect(t.emulator.state().apps["1"]?.records).toBe(1);
    const empty = await t.call("DELETE", "/k/v1/records.json", {
      auth: as.full,
      json: { app: 1, ids: [] },
    });
    expect(dig(empty.body, "errors", "ids", "messages")).toContain("Required field.");
    const tooMany = await t.call("DELETE", "/k/v1/records.json", {
      auth: as.full,
      json: { app: 1, ids: Array.from({ length: 101 }, (_, index) => index + 1) },
    });
    expect(dig(tooMany.body, "errors", "ids", "messages")).toEqual([
      "Between 1 and 100 records can be deleted at one time.",
    ]);
  });

  it("reads with fields filtering and totalCount, 100 records by default", async () => {
    const records = Array.from({ length: 100 }, (_, index) => ({ title: { value: `r${index}` } }));
    await t.call("POST", "/k/v1/records.json", { auth: as.full, json: { app: 1, records } });
    await t.call("POST", "/k/v1/records.json", { auth: as.full, json: { app: 1, records } });
    const page = await t.call("GET", "/k/v1/records.json?app=1&fields[0]=title&totalCount=true", {
      auth: as.full,
    });
    expect((dig(page.body, "records") as unknown[]).length).toBe(100);
    expect(dig(page.body, "totalCount")).toBe("203");
    expect(Object.keys(dig(page.body, "records", 0) as object)).toEqual(["title"]);
    const all = await t.call(
      "GET",
      `/k/v1/records.json?app=1&query=${encodeURIComponent("limit 500")}`,
      { auth: as.full },
    );
    expect((dig(all.body, "records") as unknown[]).length).toBe(203);
    expect(dig(all.body, "totalCount")).toBeNull();
  });
});
