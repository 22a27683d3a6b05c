import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { dig } from "./dig.js";
import { as, startTestEmulator, type TestEmulator } from "./test-emulator.js";

let t: TestEmulator;
beforeEach(async () => {
  t ??= await startTestEmulator();
  t.emulator.reset();
});
afterAll(() => t.emulator.close());

describe("bulkRequest", () => {
  it("runs record writes in order and returns their results", async () => {
    const response = await t.call("POST", "/k/v1/bulkRequest.json", {
      auth: as.full,
      json: {
        requests: [
          {
            method: "POST",
            api: "/k/v1/record.json",
            payload: { app: 1, record: { title: { value: "bulk" } } },
          },
          {
            method: "PUT",
            api: "/k/v1/record.json",
            payload: { app: 1, id: 1, record: { amount: { value: "1" } } },
          },
          { method: "DELETE", api: "/k/v1/records.json", payload: { app: 1, ids: [2] } },
          {
            method: "PUT",
            api: "/k/v1/record/status.json",
            payload: { app: 1, id: 1, action: "Start", assignee: "alice" },
          },
        ],
      },
    });
    expect(response.body).toEqual({
      results: [{ id: "4", revision: "1" }, { revision: "2" }, {}, { revision: "4" }],
    });
  });

  it("applies nothing when one request fails, and reports the error at its index", async () => {
    const response = await t.call("POST", "/k/v1/bulkRequest.json", {
      auth: as.full,
      json: {
        requests: [
          {
            method: "POST",
            api: "/k/v1/record.json",
            payload: { app: 1, record: { title: { value: "lost" } } },
          },
          { method: "PUT", api: "/k/v1/record.json", payload: { app: 1, id: 99, record: {} } },
          { method: "DELETE", api: "/k/v1/records.json", payload: { app: 1, ids: [1] } },
        ],
      },
    });
    expect(response.status).toBe(404);
    expect(dig(response.body, "results", 0)).toEqual({});
    expect(dig(response.body, "results", 1)).toMatchObject({ code: "GAIA_RE01" });
    expect(dig(response.body, "results", 2)).toEqual({});
    expect(t.emulator.state().apps["1"]?.records).toBe(3);
  });

  it("refuses more than 20 requests and APIs bulkRequest does not run", async () => {
    const request = {
      method: "POST",
      api: "/k/v1/record.json",
      payload: { app: 1, record: { title: { value: "x" } } },
    };
    const tooMany = await t.call("POST", "/k/v1/bulkRequest.json", {
      auth: as.full,
      json: { requests: Array.from({ length: 21 }, () => request) },
    });
    expect(dig(tooMany.body, "code")).toBe("CB_VA01");
    const read = await t.call("POST", "/k/v1/bulkRequest.json", {
      auth: as.full,
      json: { requests: [{ method: "GET", api: "/k/v1/records.json", payload: { app: 1 } }] },
    });
    expect(dig(read.body, "results", 0, "code")).toBe("CB_VA01");
    expect(t.emulator.state().apps["1"]?.records).toBe(3);
  });

  it("runs guest space apps through the guest path", async () => {
    const response = await t.call("POST", "/k/guest/10/v1/bulkRequest.json", {
      auth: as.guest,
      json: {
        requests: [
          {
            method: "POST",
            api: "/k/guest/10/v1/record.json",
            payload: { app: 3, record: { task: { value: "t" } } },
          },
        ],
      },
    });
    expect(response.body).toEqual({ results: [{ id: "2", revision: "1" }] });
  });
});
