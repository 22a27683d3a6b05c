import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dig } from "./dig.js";
import { as, startTestEmulator, type TestEmulator } from "./test-emulator.js";

let t: TestEmulator;
const draws: number[] = [];
beforeAll(async () => {
  t = await startTestEmulator({ concurrencyLimit: 2, random: () => draws.shift() ?? 0 });
});
beforeEach(() => t.emulator.reset());
afterAll(() => t.emulator.close());

const records = () => t.emulator.state().apps["1"]?.records;
const rawAdd = () =>
  fetch(`${t.emulator.baseUrl}/k/v1/record.json`, {
    method: "POST",
    headers: { "X-Cybozu-API-Token": "deals-full", "Content-Type": "application/json" },
    body: JSON.stringify({ app: 1, record: { title: { value: "x" } } }),
  });

describe("concurrency limit", () => {
  it("reports the limit on every response and answers 429 GAIA_TO04 beyond it", async () => {
    const quick = await t.call("GET", "/k/v1/app.json?id=1", { auth: as.full });
    expect(quick.headers.get("x-concurrencylimit-limit")).toBe("2");
    expect(quick.headers.get("x-concurrencylimit-running")).toBe("1");
    t.emulator.faults.inject({ count: 2, latencyMs: 1500, pathPattern: "app\\.json$" });
    const slow = [1, 2].map(() => t.call("GET", "/k/v1/app.json?id=1", { auth: as.full }));
    while (t.emulator.state().running < 2) await new Promise((resolve) => setImmediate(resolve));
    const refused = await t.call("GET", "/k/v1/record.json?app=1&id=1", { auth: as.full });
    expect([refused.status, dig(refused.body, "code")]).toEqual([429, "GAIA_TO04"]);
    expect(refused.headers.get("x-concurrencylimit-running")).toBe("3");
    expect((await Promise.all(slow)).map((response) => response.status)).toEqual([200, 200]);
    expect(t.emulator.state().running).toBe(0);
  });
});

describe("fault injection", () => {
  it.each([429, 500, 503] as const)(
    "answers %i with a kintone error body instead of running the request",
    async (status) => {
      t.emulator.faults.inject({ status, pathPattern: "record\\.json$" });
      const response = await t.call("POST", "/k/v1/record.json", {
        auth: as.full,
        json: { app: 1, record: { title: { value: "x" } } },
      });
      expect(response.status).toBe(status);
      expect(typeof dig(response.body, "code")).toBe("string");
      expect(records()).toBe(3);
    },
  );

  it("can answer with an HTML page, as a proxy in front of kintone would", async () => {
    t.emulator.faults.inject({ status: 503, body: "html" });
    // The page is deliberately not a kintone response, so it is read without the spec check.
    const response = await fetch(`${t.emulator.baseUrl}/k/v1/app.json?id=1`, {
      headers: { "X-Cybozu-API-Token": "deals-full" },
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("drops the connection before the write is applied", async () => {
    t.emulator.faults.inject({ dropConnection: true });
    await expect(rawAdd()).rejects.toThrow();
    expect(records()).toBe(3);
  });

  it("drops the connection after the write is applied", async () => {
    t.emulator.faults.inject({ dropConnection: true, dropAfterCommit: true });
    await expect(rawAdd()).rejects.toThrow();
    expect(records()).toBe(4);
  });

  it("affects only requests matching the path, count times, with the given probability", async () => {
    t.emulator.faults.inject({
      count: 2,
      status: 503,
      pathPattern: "/records\\.json$",
      probability: 0.5,
    });
    draws.push(0.9, 0.1, 0.2);
    expect((await t.call("GET", "/k/v1/record.json?app=1&id=1", { auth: as.full })).status).toBe(
      200,
    );
    expect((await t.call("GET", "/k/v1/records.json?app=1", { auth: as.full })).status).toBe(200);
    expect((await t.call("GET", "/k/v1/records.json?app=1", { auth: as.full })).status).toBe(503);
    expect((await t.call("GET", "/k/v1/records.json?app=1", { auth: as.full })).status).toBe(503);
    expect((await t.call("GET", "/k/v1/records.json?app=1", { auth: as.full })).status).toBe(200);
  });

  it("is driven over HTTP by another process: inject, clear, reset, state", async () => {
    expect(await t.control("POST", "/__emulator/faults", { status: 500, count: 3 })).toMatchObject({
      id: expect.any(String),
    });
    expect(dig(await t.control("GET", "/__emulator/state"), "pendingFaults")).toBe(3);
    await t.control("DELETE", "/__emulator/faults");
    expect((await t.call("GET", "/k/v1/app.json?id=1", { auth: as.full })).status).toBe(200);
    await rawAdd();
    expect(dig(await t.control("GET", "/__emulator/state"), "apps", "1", "records")).toBe(4);
    await t.control("POST", "/__emulator/reset");
    expect(await t.control("GET", "/__emulator/state")).toEqual({
      running: 0,
      cursors: 0,
      files: 0,
      apps: { "1": { records: 3 }, "2": { records: 2 }, "3": { records: 1 } },
      pendingFaults: 0,
    });
  });
});
