import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "./create-client.js";
import { KintoneRestAPIError } from "./kintone-rest-api-error.js";
import { maxUrlLength } from "./send-request.js";
import { startRecordingServer } from "./testing/recording-server.js";

const server = await startRecordingServer();
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const app = {
  appId: "1",
  code: "",
  name: "Deals",
  description: "",
  spaceId: null,
  threadId: null,
  createdAt: "2025-01-01T00:00:00.000Z",
  creator: { code: "a", name: "A" },
  modifiedAt: "2025-01-01T00:00:00.000Z",
  modifier: { code: "a", name: "A" },
};
const token = { type: "apiToken", token: "secret-token" } as const;

describe("createClient on the wire", () => {
  it("sends a GET with query parameters and returns the JSON body", async () => {
    server.reply({ body: app });
    const client = createClient({ baseUrl: server.baseUrl, auth: token });
    await expect(client.app.getApp({ id: 1 })).resolves.toEqual(app);
    const [request] = server.requests;
    expect(request?.method).toBe("GET");
    expect(request?.path).toBe("/k/v1/app.json");
    expect(request?.query.get("id")).toBe("1");
  });

  it.each([
    [{ type: "apiToken", token: "t1" } as const, "x-cybozu-api-token", "t1"],
    [{ type: "apiToken", token: ["t1", "t2"] } as const, "x-cybozu-api-token", "t1,t2"],
    [
      { type: "password", username: "sato", password: "pässword" } as const,
      "x-cybozu-authorization",
      Buffer.from("sato:pässword").toString("base64"),
    ],
    [{ type: "oauth", accessToken: "abc" } as const, "authorization", "Bearer abc"],
  ])("authenticates with %o", async (auth, header, value) => {
    await createClient({ baseUrl: server.baseUrl, auth }).app.getApp({ id: 1 });
    expect(server.requests[0]?.headers[header]).toBe(value);
  });

  it("sends Basic auth next to the API token", async () => {
    const client = createClient({
      baseUrl: server.baseUrl,
      auth: token,
      basicAuth: { username: "gate", password: "pw" },
    });
    await client.app.getApp({ id: 1 });
    expect(server.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from("gate:pw").toString("base64")}`,
    );
    expect(server.requests[0]?.headers["x-cybozu-api-token"]).toBe("secret-token");
  });

  it("routes guest-capable operations into the guest space", async () => {
    await createClient({ baseUrl: server.baseUrl, auth: token, guestSpaceId: 7 }).app.getApp({
      id: 1,
    });
    expect(server.requests[0]?.path).toBe("/k/guest/7/v1/app.json");
  });

  it("turns a GET longer than kintone's URL limit into a POST with X-HTTP-Method-Override", async () => {
    const id = "1".repeat(maxUrlLength);
    await createClient({ baseUrl: server.baseUrl, auth: token }).app.getApp({ id });
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.headers["x-http-method-override"]).toBe("GET");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body.toString() ?? "")).toEqual({ id });
  });

  it("calls any operation through the typed request()", async () => {
    server.reply({ body: app });
    const client = createClient({ baseUrl: server.baseUrl, auth: token });
    await expect(client.request("GET /k/v1/app.json", { id: "3" })).resolves.toEqual(app);
    expect(server.requests[0]?.query.get("id")).toBe("3");
  });

  it("throws KintoneRestAPIError with kintone's error body, status and headers", async () => {
    const body = { code: "GAIA_AP01", id: "req-1", message: "The app does not exist." };
    server.reply({ status: 404, body, headers: { "x-cybozu-warning": "Filter aborted" } });
    const error = await createClient({ baseUrl: server.baseUrl, auth: token })
      .app.getApp({ id: 9 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KintoneRestAPIError);
    expect(error).toMatchObject({ status: 404, code: "GAIA_AP01", id: "req-1", errors: undefined });
    expect((error as KintoneRestAPIError).headers.get("x-cybozu-warning")).toBe("Filter aborted");
  });

  it("reads a failed bulkRequest's error from the failing entry and reports its index", async () => {
    const failure = { code: "GAIA_RE01", id: "req-2", message: "The record does not exist." };
    server.reply({ status: 404, body: { results: [{}, failure, {}] } });
    const error = await createClient({ baseUrl: server.baseUrl, auth: token })
      .bulkRequest({
        requests: [
          { method: "DELETE", api: "/k/v1/records.json", payload: { app: 1, ids: [1] } },
          { method: "PUT", api: "/k/v1/record.json", payload: { app: 1, id: 9, record: {} } },
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KintoneRestAPIError);
    expect(error).toMatchObject({
      status: 404,
      code: "GAIA_RE01",
      id: "req-2",
      bulkRequestIndex: 1,
    });
    expect((error as Error).message).toContain("bulkRequest request 1");
  });

  it("explains a non-JSON error body such as a maintenance page", async () => {
    server.reply({
      status: 502,
      body: "<html><body><h1>Bad gateway</h1></body></html>",
      headers: { "content-type": "text/html" },
    });
    const error = await createClient({
      baseUrl: server.baseUrl,
      auth: token,
      retry: { maxRetries: 0 },
    })
      .app.getApp({ id: 1 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: "NON_JSON_RESPONSE" });
    expect((error as Error).message).toContain("Bad gateway");
    expect((error as Error).message).not.toContain("secret-token");
  });

  it("retries 503 and 429 on safe requests, honouring Retry-After", async () => {
    server.reply(
      { status: 503, body: { code: "CB_IL02", id: "1", message: "unavailable" } },
      {
        status: 429,
        body: { code: "GAIA_TO04", id: "2", message: "too many" },
        headers: { "retry-after": "0" },
      },
      { body: app },
    );
    const client = createClient({
      baseUrl: server.baseUrl,
      auth: token,
      retry: { baseDelayMs: 1 },
    });
    await expect(client.app.getApp({ id: 1 })).resolves.toEqual(app);
    expect(server.requests).toHaveLength(3);
  });

  it("reports response headers to onResponse", async () => {
    server.reply({ body: app, headers: { "x-cybozu-warning": "slow query" } });
    const seen: string[] = [];
    await createClient({ baseUrl: server.baseUrl, auth: token }).app.getApp(
      { id: 1 },
      { onResponse: ({ headers }) => seen.push(headers.get("x-cybozu-warning") ?? "") },
    );
    expect(seen).toEqual(["slow query"]);
  });

  it("aborts a call when its signal fires", async () => {
    server.reply(() => ({ body: app }));
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(
      createClient({ baseUrl: server.baseUrl, auth: token }).app.getApp(
        { id: 1 },
        { signal: controller.signal },
      ),
    ).rejects.toThrow("stop");
  });
});

describe("createClient options", () => {
  it.each([
    ["http://example.cybozu.com", /must use https/],
    ["not a url", /is not a URL/],
    ["https://example.cybozu.com/k/v1", /must be an origin/],
  ])("rejects baseUrl %s", (baseUrl, message) => {
    expect(() => createClient({ baseUrl, auth: token })).toThrow(message);
  });

  it("accepts https and local http", () => {
    expect(() =>
      createClient({ baseUrl: "https://example.cybozu.com", auth: token }),
    ).not.toThrow();
    expect(() => createClient({ baseUrl: "http://localhost:3000", auth: token })).not.toThrow();
  });
});
