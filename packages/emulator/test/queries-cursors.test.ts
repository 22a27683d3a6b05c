import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { dig } from "./dig.js";
import { as, startTestEmulator, type TestEmulator } from "./test-emulator.js";

let t: TestEmulator;
let clock = new Date("2025-06-01T00:00:00Z");
beforeEach(async () => {
  t ??= await startTestEmulator({ now: () => clock });
  t.emulator.reset();
  clock = new Date("2025-06-01T00:00:00Z");
});
afterAll(() => t.emulator.close());

const titles = async (query: string) => {
  const response = await t.call(
    "GET",
    `/k/v1/records.json?app=1&fields[0]=title&query=${encodeURIComponent(query)}`,
    { auth: as.full },
  );
  return (dig(response.body, "records") as { title: { value: string } }[]).map(
    (record) => record.title.value,
  );
};

const addMany = (count: number) =>
  t.call("POST", "/k/v1/records.json", {
    auth: as.full,
    json: {
      app: 1,
      records: Array.from({ length: count }, (_, index) => ({
        title: { value: `n${index}` },
        amount: { value: String(index) },
      })),
    },
  });

describe("queries", () => {
  it("filters, orders, limits and offsets through the query language", async () => {
    expect(await titles('amount >= 1200 and stage not in ("Won") order by amount desc')).toEqual([
      "Initech secret",
      "Globex pilot",
    ]);
    expect(await titles('title like "pilot" or dealCode = "D-1" order by $id asc')).toEqual([
      "Acme renewal",
      "Globex pilot",
    ]);
    expect(await titles("order by amount asc limit 1 offset 1")).toEqual(["Acme renewal"]);
    expect(await titles('tags in ("renewal")')).toEqual(["Acme renewal"]);
  });

  it("answers invalid queries with the query module's code (400)", async () => {
    const response = await t.call(
      "GET",
      `/k/v1/records.json?app=1&query=${encodeURIComponent("nope = 1")}`,
      { auth: as.full },
    );
    expect(response.status).toBe(400);
    expect(dig(response.body, "code")).toBe("GAIA_IQ11");
  });

  it("enforces the read limits: limit 500 and offset 10000 at most", async () => {
    for (const [query, code] of [
      ["limit 501", "GAIA_QU01"],
      ["offset 10001", "GAIA_QU02"],
    ] as const) {
      const response = await t.call(
        "GET",
        `/k/v1/records.json?app=1&query=${encodeURIComponent(query)}`,
        { auth: as.full },
      );
      expect([response.status, dig(response.body, "code")]).toEqual([400, code]);
    }
    expect(await titles("limit 500 offset 10000")).toEqual([]);
  });

  it("counts all matches in totalCount while returning one page", async () => {
    await addMany(30);
    const response = await t.call(
      "GET",
      `/k/v1/records.json?app=1&totalCount=true&query=${encodeURIComponent("amount < 20 limit 5")}`,
      {
        auth: as.full,
      },
    );
    expect((dig(response.body, "records") as unknown[]).length).toBe(5);
    expect(dig(response.body, "totalCount")).toBe("20");
  });

  it("pages in $id order exactly as a full sort does, across gaps left by deletes", async () => {
    expect((await addMany(100)).status).toBe(200);
    expect((await addMany(20)).status).toBe(200);
    const deleted = [10, 11, 12, 40, 77];
    const removal = await t.call("DELETE", "/k/v1/records.json", {
      auth: as.full,
      json: { app: 1, ids: deleted },
    });
    expect(removal.status).toBe(200);
    // With totalCount every match is found and sorted; without it, the page is read off in $id order.
    const ids = async (query: string, totalCount: boolean) => {
      const response = await t.call(
        "GET",
        `/k/v1/records.json?app=1&fields[0]=$id&totalCount=${totalCount}&query=${encodeURIComponent(query)}`,
        { auth: as.full },
      );
      return (dig(response.body, "records") as { $id: { value: string } }[]).map((record) =>
        Number(record.$id.value),
      );
    };
    const queries = [
      "limit 10",
      "$id > 5 order by $id asc limit 7 offset 3",
      "$id > 20 and $id <= 80 and amount >= 30 order by $id desc limit 15 offset 10",
      "($id < 50 or amount > 100) order by $id asc limit 500",
      "amount >= 10 limit 5 offset 100",
      "$id >= 9 and $id <= 13 order by $id asc",
      "$id = 3",
      "$id > 100000",
    ];
    for (const query of queries)
      expect(await ids(query, false), query).toEqual(await ids(query, true));
    expect(await ids("$id > 8 order by $id asc limit 4", false)).toEqual([9, 13, 14, 15]);
    expect(await ids("$id < 42 limit 3", false)).toEqual([41, 39, 38]);
    expect((await ids("order by $id asc limit 500", false)).length).toBe(123 - deleted.length);
  });
});

describe("cursors", () => {
  it("pages through the matches with next, then closes itself", async () => {
    await addMany(25);
    const created = await t.call("POST", "/k/v1/records/cursor.json", {
      auth: as.full,
      json: { app: 1, fields: ["title"], query: "order by $id asc", size: 10 },
    });
    expect(dig(created.body, "totalCount")).toBe("28");
    const id = String(dig(created.body, "id"));
    const seen: string[] = [];
    let next = true;
    while (next) {
      const page = await t.call("GET", `/k/v1/records/cursor.json?id=${id}`, { auth: as.full });
      seen.push(
        ...(dig(page.body, "records") as { title: { value: string } }[]).map(
          (record) => record.title.value,
        ),
      );
      next = dig(page.body, "next") === true;
    }
    expect(seen.length).toBe(28);
    expect(seen[0]).toBe("Acme renewal");
    expect(t.emulator.state().cursors).toBe(0);
    const gone = await t.call("GET", `/k/v1/records/cursor.json?id=${id}`, { auth: as.full });
    expect([gone.status, dig(gone.body, "code")]).toEqual([404, "GAIA_CN01"]);
  });

  it("allows 10 open cursors per domain, and refuses the 11th with GAIA_TM12 (429)", async () => {
    const ids: string[] = [];
    for (let index = 0; index < 10; index += 1) {
      const created = await t.call("POST", "/k/v1/records/cursor.json", {
        auth: as.full,
        json: { app: 1 },
      });
      ids.push(String(dig(created.body, "id")));
    }
    const refused = await t.call("POST", "/k/v1/records/cursor.json", {
      auth: as.full,
      json: { app: 1 },
    });
    expect([refused.status, dig(refused.body, "code")]).toEqual([429, "GAIA_TM12"]);
    const deleted = await t.call("DELETE", "/k/v1/records/cursor.json", {
      auth: as.full,
      json: { id: ids[0] },
    });
    expect(deleted.body).toEqual({});
    const accepted = await t.call("POST", "/k/v1/records/cursor.json", {
      auth: as.full,
      json: { app: 1 },
    });
    expect(accepted.status).toBe(200);
  });

  it("expires a cursor after 10 minutes without use", async () => {
    const created = await t.call("POST", "/k/v1/records/cursor.json", {
      auth: as.full,
      json: { app: 1, size: 1 },
    });
    const id = String(dig(created.body, "id"));
    clock = new Date("2025-06-01T00:09:59Z");
    expect(
      (await t.call("GET", `/k/v1/records/cursor.json?id=${id}`, { auth: as.full })).status,
    ).toBe(200);
    clock = new Date("2025-06-01T00:19:58Z");
    expect(
      (await t.call("GET", `/k/v1/records/cursor.json?id=${id}`, { auth: as.full })).status,
    ).toBe(200);
    clock = new Date("2025-06-01T00:29:58Z");
    const expired = await t.call("GET", `/k/v1/records/cursor.json?id=${id}`, { auth: as.full });
    expect(dig(expired.body, "code")).toBe("GAIA_CN01");
    expect(t.emulator.state().cursors).toBe(0);
  });

  it("refuses sizes above 500 and limit/offset in the cursor query", async () => {
    const big = await t.call("POST", "/k/v1/records/cursor.json", {
      auth: as.full,
      json: { app: 1, size: 501 },
    });
    expect(dig(big.body, "code")).toBe("CB_VA01");
    const limited = await t.call("POST", "/k/v1/records/cursor.json", {
      auth: as.full,
      json: { app: 1, query: "limit 5" },
    });
    expect(dig(limited.body, "code")).toBe("CB_VA01");
  });
});
