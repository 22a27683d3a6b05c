import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dig } from "./dig.js";
import { as, startTestEmulator, type TestEmulator } from "./test-emulator.js";

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.emulator.close());

describe("authentication", () => {
  it("rejects a request without credentials with CB_AU01 (401)", async () => {
    const response = await t.call("GET", "/k/v1/record.json?app=1&id=1");
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: "CB_AU01" });
  });

  it("rejects a wrong password with CB_WA01 (401)", async () => {
    const response = await t.call("GET", "/k/v1/record.json?app=1&id=1", {
      auth: { user: "alice", password: "nope" },
    });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: "CB_WA01" });
  });

  it("rejects an unknown API token with GAIA_IA02 and two tokens of one app with GAIA_DA03", async () => {
    const unknown = await t.call("GET", "/k/v1/record.json?app=1&id=1", {
      auth: { token: "nope" },
    });
    expect([unknown.status, dig(unknown.body, "code")]).toEqual([400, "GAIA_IA02"]);
    const duplicate = await t.call("GET", "/k/v1/record.json?app=1&id=1", {
      auth: { token: "deals-full,deals-view" },
    });
    expect([duplicate.status, dig(duplicate.body, "code")]).toEqual([400, "GAIA_DA03"]);
  });

  it("serves a valid password even when a wrong token is also sent", async () => {
    const response = await t.call("GET", "/k/v1/record.json?app=1&id=1", {
      auth: as.alice,
      headers: { "X-Cybozu-API-Token": "nope" },
    });
    expect(response.status).toBe(200);
  });

  it("tolerates a Basic authorization header next to the credentials", async () => {
    const response = await t.call("GET", "/k/v1/record.json?app=1&id=1", {
      auth: as.full,
      headers: { Authorization: `Basic ${Buffer.from("proxy:secret").toString("base64")}` },
    });
    expect(response.status).toBe(200);
  });
});

describe("rights", () => {
  it("lets a token act only on its own app (GAIA_NO01 otherwise)", async () => {
    const response = await t.call("GET", "/k/v1/record.json?app=2&id=1", { auth: as.full });
    expect([response.status, dig(response.body, "code")]).toEqual([403, "GAIA_NO01"]);
  });

  it("enforces the token's rights per operation kind", async () => {
    const read = await t.call("GET", "/k/v1/records.json?app=1", { auth: as.viewOnly });
    expect(read.status).toBe(200);
    const write = await t.call("POST", "/k/v1/record.json", {
      auth: as.viewOnly,
      json: { app: 1, record: { title: { value: "x" } } },
    });
    expect([write.status, dig(write.body, "code")]).toEqual([403, "GAIA_NO01"]);
  });

  it("accepts several tokens, each for its app", async () => {
    const response = await t.call("GET", "/k/v1/record.json?app=2&id=1", {
      auth: { token: "deals-full, products-view" },
    });
    expect(response.status).toBe(200);
  });

  it("applies app permissions to users (CB_NO02 when missing)", async () => {
    const bobDelete = await t.call("DELETE", "/k/v1/records.json", {
      auth: as.bob,
      json: { app: 1, ids: [1] },
    });
    expect([bobDelete.status, dig(bobDelete.body, "code")]).toEqual([403, "CB_NO02"]);
    const carolAdd = await t.call("POST", "/k/v1/record.json", {
      auth: as.carol,
      json: { app: 1, record: { title: { value: "x" } } },
    });
    expect([carolAdd.status, dig(carolAdd.body, "code")]).toEqual([403, "CB_NO02"]);
    const carolRead = await t.call("GET", "/k/v1/record.json?app=1&id=1", { auth: as.carol });
    expect(carolRead.status).toBe(200);
  });

  it("hides records that record permissions do not grant, and lets the granted user see them", async () => {
    const bob = await t.call("GET", "/k/v1/records.json?app=1&totalCount=true", { auth: as.bob });
    expect(dig(bob.body, "totalCount")).toBe("2");
    const single = await t.call("GET", "/k/v1/record.json?app=1&id=3", { auth: as.bob });
    expect([single.status, dig(single.body, "code")]).toEqual([403, "CB_NO02"]);
    const alice = await t.call("GET", "/k/v1/records.json?app=1&totalCount=true", {
      auth: as.alice,
    });
    expect(dig(alice.body, "totalCount")).toBe("3");
  });
});

describe("guest spaces", () => {
  it("refuses a guest space app on the normal path with GAIA_IL23", async () => {
    const response = await t.call("GET", "/k/v1/record.json?app=3&id=1", { auth: as.guest });
    expect([response.status, dig(response.body, "code")]).toEqual([400, "GAIA_IL23"]);
  });

  it("serves it on its guest path, and not on another space's path", async () => {
    const own = await t.call("GET", "/k/guest/10/v1/record.json?app=3&id=1", { auth: as.guest });
    expect(dig(own.body, "record", "task", "value")).toBe("Review contract");
    const other = await t.call("GET", "/k/guest/11/v1/record.json?app=3&id=1", { auth: as.guest });
    expect([other.status, dig(other.body, "code")]).toEqual([403, "CB_NO02"]);
    const normalApp = await t.call("GET", "/k/guest/10/v1/record.json?app=1&id=1", {
      auth: as.full,
    });
    expect(normalApp.status).toBe(403);
  });
});

describe("request forms", () => {
  it("turns POST with X-HTTP-Method-Override: GET into the GET, with the JSON body as parameters", async () => {
    const response = await t.call("POST", "/k/v1/records.json", {
      auth: as.full,
      headers: { "X-HTTP-Method-Override": "GET" },
      json: { app: 1, fields: ["title"], query: 'dealCode = "D-1"' },
    });
    expect(response.status).toBe(200);
    expect(dig(response.body, "records")).toEqual([
      { title: { type: "SINGLE_LINE_TEXT", value: "Acme renewal" } },
    ]);
  });

  it("reads GET parameters in kintone's query-string form", async () => {
    const response = await t.call(
      "GET",
      "/k/v1/records.json?app=1&fields[0]=dealCode&fields[1]=%24id&query=order%20by%20%24id%20asc",
      {
        auth: as.full,
      },
    );
    expect(dig(response.body, "records", 0)).toEqual({
      dealCode: { type: "SINGLE_LINE_TEXT", value: "D-1" },
      $id: { type: "__ID__", value: "1" },
    });
  });

  it("answers malformed JSON with CB_IJ01 and missing parameters with CB_VA01", async () => {
    const bad = await fetch(`${t.emulator.baseUrl}/k/v1/record.json`, {
      method: "POST",
      headers: { "X-Cybozu-API-Token": "deals-full", "Content-Type": "application/json" },
      body: "{nope",
    });
    expect(await bad.json()).toMatchObject({ code: "CB_IJ01" });
    const missing = await t.call("GET", "/k/v1/record.json?app=1", { auth: as.full });
    expect(missing.body).toMatchObject({
      code: "CB_VA01",
      errors: { id: { messages: ["Required field."] } },
    });
  });
});
