import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createResponseValidator } from "./create-response-validator.js";
import { createValidatingFetch } from "./create-validating-fetch.js";
import { SpecViolationError } from "./spec-violation-error.js";

// A test server that answers every request with the body and media type named in its query string.
let server: Server;
let baseUrl: string;
const seen: { method: string | undefined; override: string | undefined }[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    seen.push({
      method: request.method,
      override: request.headers["x-http-method-override"]?.toString(),
    });
    response.writeHead(Number(url.searchParams.get("status") ?? 200), {
      "Content-Type": url.searchParams.get("type") ?? "application/json",
    });
    response.end(url.searchParams.get("body") ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const url = (path: string, query: Record<string, string>) =>
  `${baseUrl}${path}?${new URLSearchParams(query)}`;
const cursor = JSON.stringify({ id: "c1", totalCount: "3" });
const records = JSON.stringify({ records: [], totalCount: null });
const validator = createResponseValidator();
const checkedFetch = createValidatingFetch({ validator });

describe("createValidatingFetch", () => {
  it("returns a response the caller can still read when it fits the spec", async () => {
    const response = await checkedFetch(url("/k/v1/records/cursor.json", { body: cursor }), {
      method: "POST",
    });
    expect(await response.json()).toEqual({ id: "c1", totalCount: "3" });
  });

  it("rejects a response that does not fit the operation's schema", async () => {
    const call = checkedFetch(url("/k/v1/records/cursor.json", { body: '{"id":1}' }), {
      method: "POST",
    });
    await expect(call).rejects.toThrow(SpecViolationError);
  });

  it("checks a POST with X-HTTP-Method-Override: GET as the GET operation", async () => {
    const response = await checkedFetch(url("/k/v1/records.json", { body: records }), {
      method: "POST",
      headers: { "X-HTTP-Method-Override": "GET" },
    });
    expect(response.status).toBe(200);
    expect(seen.at(-1)).toEqual({ method: "POST", override: "GET" });
    const asAdd = checkedFetch(url("/k/v1/records.json", { body: records }), { method: "POST" });
    await expect(asAdd).rejects.toThrow("Response of POST /k/v1/records.json -> 200");
  });

  it("reads method and headers from a Request", async () => {
    const request = new Request(url("/k/v1/records/cursor.json", { body: cursor }), {
      method: "POST",
    });
    expect((await checkedFetch(request)).status).toBe(200);
  });

  it("fails loudly for a path the spec lacks", async () => {
    await expect(checkedFetch(url("/__emulator/state", { body: "{}" }))).rejects.toThrow(
      "The spec has no operation GET /__emulator/state",
    );
  });

  it("passes HTML error pages only when asked to", async () => {
    const page = url("/k/v1/app.json", { status: "503", type: "text/html", body: "<p>down</p>" });
    await expect(checkedFetch(page)).rejects.toThrow("declares no text/html body");
    const tolerant = createValidatingFetch({ validator, allowHtmlErrorPages: true });
    expect(await (await tolerant(page)).text()).toBe("<p>down</p>");
  });
});
