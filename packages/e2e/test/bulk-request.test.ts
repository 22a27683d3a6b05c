import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kintoneError } from "./kintone-error.js";
import { auth, type E2e, startE2e } from "./start-e2e.js";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
beforeEach(async () => {
  e2e.emulator.reset();
  await client().record.addRecord({ app: 1, record: { title: { value: "Existing" } } });
});
afterAll(() => e2e.emulator.close());

// One token per app touched, sent together as kintone requires for bulkRequest.
const client = () => e2e.client({ auth: auth.ordersAndCustomers });
const counts = () => {
  const { apps } = e2e.emulator.state();
  return [apps["1"]?.records, apps["2"]?.records];
};

describe("bulkRequest", () => {
  it("runs writes across apps in order and returns each result at its index", async () => {
    const result = await client().bulkRequest({
      requests: [
        {
          method: "POST",
          api: "/k/v1/record.json",
          payload: { app: 2, record: { name: { value: "Acme" } } },
        },
        {
          method: "PUT",
          api: "/k/v1/record.json",
          payload: { app: 1, id: 1, record: { amount: { value: "5" } } },
        },
        {
          method: "POST",
          api: "/k/v1/records.json",
          payload: { app: 1, records: [{ title: { value: "A" } }, { title: { value: "B" } }] },
        },
        { method: "DELETE", api: "/k/v1/records.json", payload: { app: 1, ids: [1] } },
      ],
    });
    expect(result.results).toEqual([
      { id: "1", revision: "1" },
      { revision: "2" },
      { ids: ["2", "3"], revisions: ["1", "1"] },
      {},
    ]);
    expect(counts()).toEqual([2, 1]);
  });

  it("applies nothing when one request fails, naming the failing index", async () => {
    const failed = await kintoneError(
      client().bulkRequest({
        requests: [
          {
            method: "POST",
            api: "/k/v1/record.json",
            payload: { app: 2, record: { name: { value: "Lost" } } },
          },
          { method: "DELETE", api: "/k/v1/records.json", payload: { app: 1, ids: [1] } },
          {
            method: "PUT",
            api: "/k/v1/record.json",
            payload: { app: 1, id: 99, record: {} },
          },
        ],
      }),
    );
    expect(failed.status).toBe(404);
    expect(failed.code).toBe("GAIA_RE01");
    expect(failed.bulkRequestIndex).toBe(2);
    expect(counts()).toEqual([1, 0]);
  });
});
