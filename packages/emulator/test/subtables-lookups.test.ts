import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { dig } from "./dig.js";
import { as, startTestEmulator, type TestEmulator } from "./test-emulator.js";

let t: TestEmulator;
beforeEach(async () => {
  t ??= await startTestEmulator();
  t.emulator.reset();
});
afterAll(() => t.emulator.close());

const readLines = async (id: string) =>
  dig(
    (await t.call("GET", `/k/v1/record.json?app=1&id=${id}`, { auth: as.full })).body,
    "record",
    "lines",
    "value",
  ) as {
    id: string;
    value: Record<string, { value: unknown }>;
  }[];

describe("subtables", () => {
  it("gives new rows ids and cell defaults", async () => {
    await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: {
        app: 1,
        id: 1,
        record: {
          lines: {
            value: [
              { value: { item: { value: "a" } } },
              { value: { item: { value: "b" }, qty: { value: "3" } } },
            ],
          },
        },
      },
    });
    const lines = await readLines("1");
    expect(lines.map((row) => [row.value.item?.value, row.value.qty?.value])).toEqual([
      ["a", "1"],
      ["b", "3"],
    ]);
    expect(new Set(lines.map((row) => row.id)).size).toBe(2);
  });

  it("updates rows given with their id, adds rows without one, and removes the rest", async () => {
    await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: {
        app: 1,
        id: 1,
        record: {
          lines: {
            value: [{ value: { item: { value: "a" } } }, { value: { item: { value: "b" } } }],
          },
        },
      },
    });
    const [first] = await readLines("1");
    await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: {
        app: 1,
        id: 1,
        record: {
          lines: {
            value: [
              { id: first?.id, value: { qty: { value: "9" } } },
              { value: { item: { value: "c" } } },
            ],
          },
        },
      },
    });
    const lines = await readLines("1");
    expect(lines[0]).toEqual({
      id: first?.id,
      value: {
        item: { type: "SINGLE_LINE_TEXT", value: "a" },
        qty: { type: "NUMBER", value: "9" },
      },
    });
    expect(lines.map((row) => row.value.item?.value)).toEqual(["a", "c"]);
  });

  it("validates cells with row-indexed keys and stores non-numbers in cells as empty", async () => {
    const invalid = await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: {
        app: 1,
        id: 1,
        record: {
          lines: {
            value: [{ value: { item: { value: "ok" } } }, { value: { qty: { value: "2" } } }],
          },
        },
      },
    });
    expect(invalid.body).toMatchObject({
      errors: { "record.lines.value[1].value.item.value": { messages: ["Required."] } },
    });
    await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: {
        app: 1,
        id: 1,
        record: { lines: { value: [{ value: { item: { value: "x" }, qty: { value: "abc" } } }] } },
      },
    });
    expect((await readLines("1"))[0]?.value.qty?.value).toBe("");
  });

  it("rejects unknown cell codes with GAIA_FC01", async () => {
    const response = await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, id: 1, record: { lines: { value: [{ value: { nope: { value: "x" } } }] } } },
    });
    expect(dig(response.body, "code")).toBe("GAIA_FC01");
  });
});

describe("lookups", () => {
  const auth = { token: "deals-full,products-view" };

  it("copies mapped fields from the related app, ignoring values sent for them", async () => {
    const added = await t.call("POST", "/k/v1/record.json", {
      auth,
      json: {
        app: 1,
        record: {
          title: { value: "l" },
          productCode: { value: "P-002" },
          productName: { value: "ignored" },
        },
      },
    });
    const record = dig(
      (await t.call("GET", `/k/v1/record.json?app=1&id=${dig(added.body, "id")}`, { auth })).body,
      "record",
    );
    expect(record).toMatchObject({ productName: { value: "Gadget" }, unitPrice: { value: "300" } });
  });

  it("recopies when the key changes and clears when the key is emptied", async () => {
    await t.call("PUT", "/k/v1/record.json", {
      auth,
      json: { app: 1, id: 2, record: { productCode: { value: "P-002" } } },
    });
    const changed = dig(
      (await t.call("GET", "/k/v1/record.json?app=1&id=2", { auth })).body,
      "record",
    );
    expect(changed).toMatchObject({
      productName: { value: "Gadget" },
      unitPrice: { value: "300" },
    });
    await t.call("PUT", "/k/v1/record.json", {
      auth,
      json: { app: 1, id: 2, record: { productCode: { value: "" } } },
    });
    const cleared = dig(
      (await t.call("GET", "/k/v1/record.json?app=1&id=2", { auth })).body,
      "record",
    );
    expect(cleared).toMatchObject({ productName: { value: "" }, unitPrice: { value: "" } });
  });

  it("fails with GAIA_LO04 when no related record matches, or the token cannot see the related app", async () => {
    const missing = await t.call("POST", "/k/v1/record.json", {
      auth,
      json: { app: 1, record: { title: { value: "l" }, productCode: { value: "P-404" } } },
    });
    expect([missing.status, dig(missing.body, "code")]).toEqual([400, "GAIA_LO04"]);
    const noToken = await t.call("POST", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, record: { title: { value: "l" }, productCode: { value: "P-001" } } },
    });
    expect(dig(noToken.body, "code")).toBe("GAIA_LO04");
  });
});
