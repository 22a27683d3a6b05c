import { SpecViolationError } from "@kintone-typed/spec/validate-response";
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

// Millisecond backoff keeps the retries quick; the policy's shape is what is under test.
const retry = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5 };
const records = "/records\\.json$";

describe("retries of safe requests", () => {
  it("retries 429 and 503 answers to a GET until it succeeds", async () => {
    const client = e2e.client({ auth: auth.orders, retry });
    e2e.emulator.faults.inject({ status: 429, pathPattern: records });
    e2e.emulator.faults.inject({ status: 503, pathPattern: records });
    const statuses: number[] = [];
    const { records: found } = await client.record.getRecords(
      { app: 1 },
      { onResponse: ({ status }) => statuses.push(status) },
    );
    expect(found.length).toBe(1);
    expect(statuses).toEqual([429, 503, 200]);
    expect(e2e.emulator.faults.pending()).toBe(0);
  });

  it("gives up after maxRetries with the last error", async () => {
    const client = e2e.client({ auth: auth.orders, retry: { ...retry, maxRetries: 2 } });
    e2e.emulator.faults.inject({ status: 503, count: 5, pathPattern: records });
    const failed = await kintoneError(client.record.getRecords({ app: 1 }));
    expect([failed.status, failed.code]).toEqual([503, "CB_UN01"]);
    expect(e2e.emulator.faults.pending()).toBe(2);
  });

  it("does not retry a write", async () => {
    const client = e2e.client({ auth: auth.orders, retry });
    e2e.emulator.faults.inject({ status: 503, count: 2, pathPattern: "/record\\.json$" });
    const failed = await kintoneError(
      client.record.addRecord({ app: 1, record: { title: { value: "Once" } } }),
    );
    expect(failed.status).toBe(503);
    expect(e2e.emulator.faults.pending()).toBe(1);
    expect(e2e.emulator.state().apps["1"]?.records).toBe(1);
  });
});

describe("non-JSON error pages", () => {
  it("are outside the spec, so the validating fetch rejects them loudly", async () => {
    const client = e2e.client({ auth: auth.orders, retry: { maxRetries: 0 } });
    e2e.emulator.faults.inject({ status: 503, body: "html" });
    await expect(client.record.getRecords({ app: 1 })).rejects.toThrow(SpecViolationError);
  });

  it("become the client's NON_JSON_RESPONSE error with an excerpt of the page", async () => {
    const client = e2e.client(
      { auth: auth.orders, retry: { maxRetries: 0 } },
      { allowHtmlErrorPages: true },
    );
    e2e.emulator.faults.inject({ status: 503, body: "html" });
    const failed = await kintoneError(client.record.getRecords({ app: 1 }));
    expect([failed.status, failed.code, failed.id]).toEqual([503, "NON_JSON_RESPONSE", ""]);
    expect(failed.message).toMatch(/^\[503\] \[NON_JSON_RESPONSE\] kintone answered HTTP 503/);
  });

  it("are retried like kintone's own 503", async () => {
    const client = e2e.client({ auth: auth.orders, retry }, { allowHtmlErrorPages: true });
    e2e.emulator.faults.inject({ status: 503, body: "html", pathPattern: records });
    const { records: found } = await client.record.getRecords({ app: 1 });
    expect(found.length).toBe(1);
  });
});
