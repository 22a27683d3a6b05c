import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dig } from "./dig.js";
import { as, startTestEmulator, type TestEmulator } from "./test-emulator.js";

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.emulator.close());

const add = (record: Record<string, unknown>) =>
  t.call("POST", "/k/v1/record.json", {
    auth: as.full,
    json: { app: 1, record: { title: { value: "t" }, ...record } },
  });

describe("field validation per field type", () => {
  it.each([
    {
      field: "title (required)",
      record: { title: { value: "" } },
      key: "record.title.value",
      message: "Required.",
    },
    {
      field: "title (maxLength 64)",
      record: { title: { value: "x".repeat(65) } },
      key: "record.title.value",
      message: "Enter less than 65 characters.",
    },
    {
      field: "notes (value type)",
      record: { notes: { value: { nested: true } } },
      key: "record.notes.value",
      message: "The value type is invalid.",
    },
    {
      field: "amount (not a number)",
      record: { amount: { value: "12abc" } },
      key: "record[amount].value",
      message: "Only numbers are allowed.",
    },
    {
      field: "amount (maxValue)",
      record: { amount: { value: "1000001" } },
      key: "record.amount.value",
      message: "The value must be 1000000 or less.",
    },
    {
      field: "amount (minValue)",
      record: { amount: { value: "-1" } },
      key: "record.amount.value",
      message: "The value must be 0 or more.",
    },
    {
      field: "amount (digits)",
      record: { amount: { value: "0.12345678901" } },
      key: "record.amount.value",
      message: "Enter a number with up to 30 digits before and 10 digits after the decimal point.",
    },
    {
      field: "stage (options)",
      record: { stage: { value: "Maybe" } },
      key: "record.stage.value",
      message: 'The value, "Maybe", is not in options.',
    },
    {
      field: "priority (options)",
      record: { priority: { value: "Low" } },
      key: "record.priority.value",
      message: 'The value, "Low", is not in options.',
    },
    {
      field: "tags (options)",
      record: { tags: { value: ["new", "old"] } },
      key: "record.tags.values[1].value",
      message: 'The value, "old", is not in options.',
    },
    {
      field: "channels (options)",
      record: { channels: { value: ["fax"] } },
      key: "record.channels.values[0].value",
      message: 'The value, "fax", is not in options.',
    },
    {
      field: "channels (value type)",
      record: { channels: { value: "web" } },
      key: "record.channels.values",
      message: "The value type is invalid.",
    },
    {
      field: "closeDate (format)",
      record: { closeDate: { value: "2025-02-30" } },
      key: "record.closeDate.value",
      message: "Enter a date in the YYYY-MM-DD format.",
    },
    {
      field: "meetingTime (format)",
      record: { meetingTime: { value: "25:00" } },
      key: "record.meetingTime.value",
      message: "Enter a time in the HH:MM format.",
    },
    {
      field: "deadline (format)",
      record: { deadline: { value: "tomorrow" } },
      key: "record.deadline.value",
      message: "Enter a date and time in ISO 8601 format.",
    },
    {
      field: "owner (value type)",
      record: { owner: { value: ["alice"] } },
      key: "record.owner.values.value",
      message: "The value type is invalid.",
    },
    {
      field: "dealCode (unique)",
      record: { dealCode: { value: "D-1" } },
      key: "record.dealCode.value",
      message: "This value already exists in another record.",
    },
  ])("rejects $field with CB_VA01", async ({ record, key, message }) => {
    const response = await add(record);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: "CB_VA01",
      errors: { [key]: { messages: [message] } },
    });
  });

  it("reports every invalid field of a record at once", async () => {
    const response = await add({
      title: { value: "" },
      stage: { value: "?" },
      amount: { value: "x" },
    });
    expect(Object.keys(dig(response.body, "errors") as object).sort()).toEqual(
      ["record.stage.value", "record.title.value", "record[amount].value"].sort(),
    );
  });

  it("rejects unknown users, organizations and groups with their own codes", async () => {
    expect(dig((await add({ owner: { value: [{ code: "mallory" }] } })).body, "code")).toBe(
      "GAIA_IL26",
    );
    expect(dig((await add({ department: { value: [{ code: "nowhere" }] } })).body, "code")).toBe(
      "GAIA_IL28",
    );
    expect(dig((await add({ team: { value: [{ code: "nobody" }] } })).body, "code")).toBe(
      "GAIA_IL27",
    );
  });

  it("rejects unknown field codes with GAIA_FC01", async () => {
    const response = await add({ nope: { value: "x" } });
    expect([response.status, dig(response.body, "code")]).toEqual([400, "GAIA_FC01"]);
  });

  it("normalizes accepted values to kintone's stored forms", async () => {
    const added = await add({
      amount: { value: " 1.5e1 " },
      deadline: { value: "2025-01-02T12:34:56+09:00" },
      meetingTime: { value: "09:05:30" },
      owner: { value: [{ code: "alice" }] },
      department: { value: [{ code: "sales" }] },
      team: { value: [{ code: "managers" }] },
      tags: { value: ["new"] },
    });
    const record = dig(
      (
        await t.call("GET", `/k/v1/record.json?app=1&id=${dig(added.body, "id")}`, {
          auth: as.full,
        })
      ).body,
      "record",
    );
    expect(record).toMatchObject({
      amount: { value: "15" },
      deadline: { value: "2025-01-02T03:34:00Z" },
      meetingTime: { value: "09:05" },
      owner: { value: [{ code: "alice", name: "Alice Sato" }] },
      department: { value: [{ code: "sales", name: "Sales" }] },
      team: { value: [{ code: "managers", name: "Managers" }] },
      tags: { value: ["new"] },
    });
  });

  it("ignores writes to read-only fields such as CALC and record numbers", async () => {
    const added = await add({ total: { value: "999" }, Record_number: { value: "77" } });
    const record = dig(
      (
        await t.call("GET", `/k/v1/record.json?app=1&id=${dig(added.body, "id")}`, {
          auth: as.full,
        })
      ).body,
      "record",
    );
    expect(record).toMatchObject({
      total: { value: "" },
      Record_number: { value: dig(added.body, "id") },
    });
  });
});

describe("defaults", () => {
  it("applies default values on add for fields the request leaves out, using the login user", async () => {
    const added = await t.call("POST", "/k/v1/record.json", {
      auth: as.bob,
      json: { app: 1, record: { title: { value: "b" } } },
    });
    const record = dig(
      (await t.call("GET", `/k/v1/record.json?app=1&id=${dig(added.body, "id")}`, { auth: as.bob }))
        .body,
      "record",
    );
    expect(record).toMatchObject({
      amount: { value: "0" },
      stage: { value: "Lead" },
      priority: { value: "Normal" },
      owner: { value: [{ code: "bob", name: "Bob Tanaka" }] },
      Created_by: { value: { code: "bob", name: "Bob Tanaka" } },
      lines: { value: [] },
    });
  });

  it("does not apply defaults on update", async () => {
    const added = await add({ amount: { value: "" } });
    await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, id: dig(added.body, "id"), record: { title: { value: "changed" } } },
    });
    const record = dig(
      (
        await t.call("GET", `/k/v1/record.json?app=1&id=${dig(added.body, "id")}`, {
          auth: as.full,
        })
      ).body,
      "record",
    );
    expect(record).toMatchObject({ amount: { value: "" }, title: { value: "changed" } });
  });
});
