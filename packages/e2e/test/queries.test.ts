import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kintoneError } from "./kintone-error.js";
import { auth, type E2e, startE2e } from "./start-e2e.js";

// A fixed clock makes TODAY() and FROM_TODAY() deterministic: 2025-06-15 in UTC.
let e2e: E2e;
const dates = ["2025-06-15", "2025-06-10", "2025-05-20"];
const stages = ["Lead", "Won", "Lost"];
const rows = Array.from({ length: 12 }, (_, index) => ({
  id: String(index + 1),
  amount: (index + 1) * 10,
  closeDate: dates[index % 3] ?? "",
  stage: stages[index % 3] ?? "",
  owner: index % 2 === 0 ? "alice" : "bob",
}));
beforeAll(async () => {
  e2e = await startE2e({ now: () => new Date("2025-06-15T12:00:00Z") });
  await e2e.client({ auth: auth.orders }).record.addRecords({
    app: 1,
    records: rows.map((row) => ({
      title: { value: `Order ${row.id}` },
      amount: { value: String(row.amount) },
      closeDate: { value: row.closeDate },
      stage: { value: row.stage },
      owner: { value: [{ code: row.owner }] },
    })),
  });
});
afterAll(() => e2e.emulator.close());

const ids = async (query: string, client = e2e.client({ auth: auth.orders })) =>
  (await client.record.getRecords({ app: 1, query, fields: ["$id"] })).records.map(
    (record) => record.$id?.value,
  );
const idsOf = (selected: typeof rows) => selected.map((row) => row.id);

describe("queries", () => {
  it("orders by several fields", async () => {
    const want = [...rows].sort(
      (a, b) => b.closeDate.localeCompare(a.closeDate) || a.amount - b.amount,
    );
    expect(await ids("order by closeDate desc, amount asc")).toEqual(idsOf(want));
  });

  it("pages with limit and offset", async () => {
    const all = await ids("order by $id asc");
    expect(await ids("order by $id asc limit 5 offset 0")).toEqual(all.slice(0, 5));
    expect(await ids("order by $id asc limit 5 offset 5")).toEqual(all.slice(5, 10));
    expect(await ids("order by $id asc limit 5 offset 10")).toEqual(all.slice(10));
  });

  it("filters with and/or, parentheses, in, like and comparison operators", async () => {
    const want = rows.filter(
      (row) => (row.stage === "Won" || row.amount < 30) && row.stage !== "Lead",
    );
    expect(
      await ids('(stage in ("Won") or amount < 30) and stage not in ("Lead") order by $id asc'),
    ).toEqual(idsOf(want));
    expect(await ids('title like "Order 1" order by $id asc')).toEqual(["1", "10", "11", "12"]);
  });

  it("evaluates TODAY(), FROM_TODAY() and THIS_MONTH()", async () => {
    const on = (test: (date: string) => boolean) =>
      idsOf(rows.filter((row) => test(row.closeDate)));
    expect(await ids("closeDate = TODAY() order by $id asc")).toEqual(
      on((date) => date === "2025-06-15"),
    );
    expect(await ids("closeDate >= FROM_TODAY(-7, DAYS) order by $id asc")).toEqual(
      on((date) => date >= "2025-06-08"),
    );
    expect(await ids("closeDate = THIS_MONTH() order by $id asc")).toEqual(
      on((date) => date.startsWith("2025-06")),
    );
  });

  it("evaluates LOGINUSER() as the signed-in user", async () => {
    const alice = e2e.client({ auth: auth.alice });
    expect(await ids("owner in (LOGINUSER()) order by $id asc", alice)).toEqual(
      idsOf(rows.filter((row) => row.owner === "alice")),
    );
  });

  it("counts every match in totalCount while returning one page", async () => {
    const client = e2e.client({ auth: auth.orders });
    const counted = await client.record.getRecords({
      app: 1,
      query: "amount >= 50 limit 2",
      totalCount: true,
    });
    expect([counted.records.length, counted.totalCount]).toEqual([2, "8"]);
    const uncounted = await client.record.getRecords({ app: 1, query: "amount >= 50 limit 2" });
    expect(uncounted.totalCount).toBeNull();
  });

  it("rejects an unknown field with GAIA_IQ11 and a limit above 500 with GAIA_QU01", async () => {
    const client = e2e.client({ auth: auth.orders });
    const unknown = await kintoneError(client.record.getRecords({ app: 1, query: "nope = 1" }));
    expect([unknown.status, unknown.code]).toEqual([400, "GAIA_IQ11"]);
    const tooMany = await kintoneError(client.record.getRecords({ app: 1, query: "limit 501" }));
    expect(tooMany.code).toBe("GAIA_QU01");
  });
});

describe("a query longer than 4 KB", () => {
  it("travels as POST with X-HTTP-Method-Override: GET and returns the same records", async () => {
    const sent: string[] = [];
    const client = e2e.client({
      auth: auth.orders,
      fetch: (input, init) => {
        sent.push(`${init?.method} ${new Headers(init?.headers).get("x-http-method-override")}`);
        return fetch(input, init);
      },
    });
    const codes = Array.from({ length: 600 }, (_, index) => `"Order ${index + 1}"`);
    const query = `title in (${codes.join(", ")}) order by $id asc`;
    expect(query.length).toBeGreaterThan(4096);
    const long = await client.record.getRecords({ app: 1, query, fields: ["$id"] });
    const short = await client.record.getRecords({ app: 1, query: "order by $id asc" });
    expect(long.records.map((record) => record.$id?.value)).toEqual(idsOf(rows));
    expect(short.records.length).toBe(12);
    expect(sent).toEqual(["POST GET", "GET null"]);
  });
});
