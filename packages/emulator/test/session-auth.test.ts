import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, startTestEmulator, type TestEmulator } from "./test-emulator.js";

let t: TestEmulator;
let cookie: string;
let requestToken: string;
const script = "window.loaded = true;";

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "emulator-page-"));
  const pageScript = join(dir, "page.js");
  await writeFile(pageScript, script);
  t = await startTestEmulator({ pageScript });
  ({ cookie, requestToken } = await logIn(as.alice.user, as.alice.password));
});
afterAll(() => t.emulator.close());

async function logIn(
  username: string,
  password: string,
): Promise<{ cookie: string; requestToken: string }> {
  const login = await fetch(`${t.emulator.baseUrl}/__emulator/login`, {
    method: "POST",
    body: JSON.stringify({ username, password }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const page = await fetch(`${t.emulator.baseUrl}/__emulator/page`, { headers: { cookie } });
  const requestToken = /getRequestToken: \(\) => "([^"]+)"/.exec(await page.text())?.[1] ?? "";
  return { cookie, requestToken };
}

async function call(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: BodyInit } = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${t.emulator.baseUrl}${path}`, {
    method,
    headers: { cookie, "X-Requested-With": "XMLHttpRequest", ...options.headers },
    ...(options.body !== undefined && { body: options.body }),
  });
  return { status: response.status, body: await response.json() };
}

function json(body: Record<string, unknown>): { headers: Record<string, string>; body: string } {
  return { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}

const newRecord = { app: 1, record: { title: { value: "session" }, priority: { value: "High" } } };

describe("login and test page", () => {
  it("sets an HttpOnly session cookie for a seeded user's password", () => {
    expect(cookie).toMatch(/^kintone_emulator_session=./);
  });

  it("rejects a wrong password without a cookie", async () => {
    const response = await fetch(`${t.emulator.baseUrl}/__emulator/login`, {
      method: "POST",
      body: JSON.stringify({ username: as.alice.user, password: "nope" }),
    });
    expect([response.status, response.headers.get("set-cookie")]).toEqual([401, null]);
  });

  it("serves a page with kintone.getRequestToken() and the configured script", async () => {
    expect(requestToken).toMatch(/^[0-9a-f-]{36}$/);
    const response = await fetch(`${t.emulator.baseUrl}/__emulator/page-script.js`);
    expect(await response.text()).toBe(script);
  });

  it("answers the page with 401 without a session", async () => {
    const response = await fetch(`${t.emulator.baseUrl}/__emulator/page`);
    expect(response.status).toBe(401);
  });
});

describe("session authentication", () => {
  it("serves a GET with the cookie and X-Requested-With, without a token", async () => {
    const response = await call("GET", "/k/v1/record.json?app=1&id=1");
    expect(response.status).toBe(200);
  });

  it("requires X-Requested-With next to the cookie (CB_AU01 otherwise)", async () => {
    const response = await fetch(`${t.emulator.baseUrl}/k/v1/record.json?app=1&id=1`, {
      headers: { cookie },
    });
    expect([response.status, await response.json()]).toMatchObject([401, { code: "CB_AU01" }]);
  });

  it("rejects an unknown session with CB_AU01", async () => {
    const response = await call("GET", "/k/v1/record.json?app=1&id=1", {
      headers: { cookie: "kintone_emulator_session=unknown" },
    });
    expect([response.status, response.body]).toMatchObject([401, { code: "CB_AU01" }]);
  });

  it("acts as the signed-in user, with that user's rights", async () => {
    const added = await call("POST", "/k/v1/record.json", {
      ...json({ ...newRecord, __REQUEST_TOKEN__: requestToken }),
    });
    expect(added.status).toBe(200);
    const carol = await logIn(as.carol.user, as.carol.password);
    const refused = await call("POST", "/k/v1/record.json", {
      ...json({ ...newRecord, __REQUEST_TOKEN__: carol.requestToken }),
      headers: { "Content-Type": "application/json", cookie: carol.cookie },
    });
    expect([refused.status, refused.body]).toMatchObject([403, { code: "CB_NO02" }]);
  });

  it.each([
    ["missing", {}],
    ["wrong", { __REQUEST_TOKEN__: "wrong" }],
  ])("rejects a POST with a %s request token with CB_IL02", async (_, token) => {
    const response = await call("POST", "/k/v1/record.json", json({ ...newRecord, ...token }));
    expect([response.status, response.body]).toMatchObject([400, { code: "CB_IL02" }]);
  });

  it("checks the token on PUT and DELETE too", async () => {
    const put = await call("PUT", "/k/v1/record.json", {
      ...json({ app: 1, id: 1, record: { title: { value: "x" } } }),
    });
    const del = await call("DELETE", "/k/v1/records.json", json({ app: 1, ids: [1] }));
    expect([put.body, del.body]).toMatchObject([{ code: "CB_IL02" }, { code: "CB_IL02" }]);
  });

  it("checks the token on a GET sent as POST with X-HTTP-Method-Override", async () => {
    const override = { "X-HTTP-Method-Override": "GET", "Content-Type": "application/json" };
    const without = await call("POST", "/k/v1/records.json", {
      headers: override,
      body: JSON.stringify({ app: 1 }),
    });
    expect([without.status, without.body]).toMatchObject([400, { code: "CB_IL02" }]);
    const withToken = await call("POST", "/k/v1/records.json", {
      headers: override,
      body: JSON.stringify({ app: 1, __REQUEST_TOKEN__: requestToken }),
    });
    expect(withToken.status).toBe(200);
  });

  it("reads the token from a multipart part on uploads", async () => {
    const upload = (token: string | undefined) => {
      const form = new FormData();
      if (token) form.append("__REQUEST_TOKEN__", token);
      form.append("file", new Blob(["hello"], { type: "text/plain" }), "hello.txt");
      return call("POST", "/k/v1/file.json", { body: form });
    };
    const [without, withToken] = [await upload(undefined), await upload(requestToken)];
    expect([without.status, without.body]).toMatchObject([400, { code: "CB_IL02" }]);
    expect([withToken.status, withToken.body]).toMatchObject([
      200,
      { fileKey: expect.any(String) },
    ]);
  });

  it("lets password authentication win over a session", async () => {
    const response = await call("POST", "/k/v1/record.json", {
      ...json(newRecord),
      headers: {
        "Content-Type": "application/json",
        "X-Cybozu-Authorization": Buffer.from("bob:bob-pass").toString("base64"),
      },
    });
    expect(response.status).toBe(200);
  });
});
