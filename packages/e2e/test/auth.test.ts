import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kintoneError } from "./kintone-error.js";
import { auth, type E2e, startE2e } from "./start-e2e.js";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
beforeEach(async () => {
  e2e.emulator.reset();
  await e2e.client({ auth: auth.orders }).record.addRecord({
    app: 1,
    record: { title: { value: "Existing" } },
  });
});
afterAll(() => e2e.emulator.close());

describe("API tokens", () => {
  it("lets a view-only token read but not edit (GAIA_NO01)", async () => {
    const client = e2e.client({ auth: auth.ordersViewOnly });
    const { record } = await client.record.getRecord({ app: 1, id: 1 });
    expect(record.title?.value).toBe("Existing");
    const refused = await kintoneError(
      client.record.updateRecord({ app: 1, id: 1, record: { title: { value: "Changed" } } }),
    );
    expect([refused.status, refused.code]).toEqual([403, "GAIA_NO01"]);
    const add = await kintoneError(
      client.record.addRecord({ app: 1, record: { title: { value: "New" } } }),
    );
    expect(add.code).toBe("GAIA_NO01");
  });

  it("refuses a token on another app, and an unknown token (GAIA_IA02)", async () => {
    const otherApp = await kintoneError(
      e2e.client({ auth: auth.orders }).record.getRecords({ app: 2 }),
    );
    expect([otherApp.status, otherApp.code]).toEqual([403, "GAIA_NO01"]);
    const unknown = await kintoneError(
      e2e
        .client({ auth: { type: "apiToken", token: "no-such-token" } })
        .record.getRecords({ app: 1 }),
    );
    expect([unknown.status, unknown.code]).toEqual([400, "GAIA_IA02"]);
  });

  it("sends several tokens, each acting on its own app", async () => {
    const client = e2e.client({ auth: auth.ordersAndCustomers });
    await client.record.addRecord({ app: 2, record: { name: { value: "Acme" } } });
    const [orders, customers] = await Promise.all([
      client.record.getRecords({ app: 1 }),
      client.record.getRecords({ app: 2 }),
    ]);
    expect([orders.records.length, customers.records.length]).toEqual([1, 1]);
  });
});

describe("password authentication", () => {
  it("acts as the signed-in user", async () => {
    const client = e2e.client({ auth: auth.alice });
    const { id } = await client.record.addRecord({ app: 1, record: { title: { value: "Mine" } } });
    const { record } = await client.record.getRecord({ app: 1, id });
    expect(record.Created_by?.value).toEqual({ code: "alice", name: "Alice" });
  });

  it("refuses a wrong password with CB_WA01, without echoing it", async () => {
    const client = e2e.client({
      auth: { type: "password", username: "alice", password: "not-alice-pass" },
    });
    const refused = await kintoneError(client.record.getRecords({ app: 1 }));
    expect([refused.status, refused.code]).toEqual([401, "CB_WA01"]);
    expect(refused.message).not.toContain("not-alice-pass");
  });
});
