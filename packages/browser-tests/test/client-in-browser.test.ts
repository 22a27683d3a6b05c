import type { createClient, KintoneRestAPIError } from "@kintone-typed/client";
import type { Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSessionPage, type SessionPage } from "./open-session-page.js";

// What the bundle defines on the page, as a kintone customization sees it.
declare const KintoneTyped: {
  createClient: typeof createClient;
  KintoneRestAPIError: typeof KintoneRestAPIError;
};
declare const kintone: { getRequestToken(): string };

let s: SessionPage;
let requestToken: string;
beforeAll(async () => {
  s = await openSessionPage({ username: "alice", password: "alice-pass" });
  requestToken = await s.page.evaluate(() => kintone.getRequestToken());
});
afterAll(() => s.close());

/** The API requests the page sends while `run` runs. */
async function apiRequestsDuring(run: () => Promise<unknown>): Promise<Request[]> {
  const requests: Request[] = [];
  const listener = (request: Request) => {
    if (new URL(request.url()).pathname.startsWith("/k/")) requests.push(request);
  };
  s.page.on("request", listener);
  try {
    await run();
  } finally {
    s.page.off("request", listener);
  }
  return requests;
}

describe("the client bundle on a kintone-like page with session authentication", () => {
  it("writes and reads records as the signed-in user, without credentials in the code", async () => {
    const result = await s.page.evaluate(async () => {
      const client = KintoneTyped.createClient();
      const { id } = await client.record.addRecord({
        app: 1,
        record: { title: { value: "from the browser" }, priority: { value: "High" } },
      });
      await client.record.updateRecord({ app: 1, id, record: { title: { value: "updated" } } });
      const { record } = await client.record.getRecord({ app: 1, id });
      return { title: record.title?.value, revision: record.$revision?.value };
    });
    expect(result).toEqual({ title: "updated", revision: "2" });
  });

  it("sends the request token with writes, in the JSON body", async () => {
    const [request] = await apiRequestsDuring(() =>
      s.page.evaluate(() =>
        KintoneTyped.createClient().record.addRecord({
          app: 1,
          record: { title: { value: "token" }, priority: { value: "High" } },
        }),
      ),
    );
    expect(request?.headers()["x-requested-with"]).toBe("XMLHttpRequest");
    expect(request?.postDataJSON()).toMatchObject({ __REQUEST_TOKEN__: requestToken });
  });

  it("turns a long GET into a POST with X-HTTP-Method-Override that carries the token", async () => {
    let count = -1;
    const requests = await apiRequestsDuring(async () => {
      count = await s.page.evaluate(async () => {
        const query = `title != "${"x".repeat(5000)}" and priority in ("High")`;
        const { records } = await KintoneTyped.createClient().record.getRecords({ app: 1, query });
        return records.length;
      });
    });
    const [request] = requests;
    expect([request?.method(), request?.headers()["x-http-method-override"]]).toEqual([
      "POST",
      "GET",
    ]);
    expect(request?.postDataJSON()).toMatchObject({ __REQUEST_TOKEN__: requestToken });
    expect(count).toBeGreaterThan(0);
  });

  it("uploads a file with FormData and downloads it back byte for byte", async () => {
    const result = await s.page.evaluate(async () => {
      const bytes = new Uint8Array(3000).map((_, index) => (index * 31) % 256);
      const client = KintoneTyped.createClient();
      const { fileKey } = await client.file.uploadFile({
        file: { name: "bytes.bin", data: bytes, contentType: "application/octet-stream" },
      });
      const { id } = await client.record.addRecord({
        app: 1,
        record: {
          title: { value: "with a file" },
          priority: { value: "High" },
          attachments: { value: [{ fileKey }] },
        },
      });
      const { record } = await client.record.getRecord({ app: 1, id });
      const stored = record.attachments?.value;
      const first = Array.isArray(stored) ? stored[0] : undefined;
      const storedKey = typeof first === "object" && "fileKey" in first ? first.fileKey : "";
      const downloaded = await client.file.downloadFile({ fileKey: storedKey });
      return { sent: [...bytes], received: [...new Uint8Array(downloaded)] };
    });
    expect(result.received).toEqual(result.sent);
  });

  it("sends the upload's request token as a multipart part, checked by the server", async () => {
    // Chromium does not expose multipart bodies with Blob parts, so the server's check is the witness.
    const codes = await s.page.evaluate(async () => {
      const upload = async (token: string): Promise<string> => {
        const real = kintone.getRequestToken;
        kintone.getRequestToken = () => token;
        try {
          const file = new File(["hello"], "hello.txt", { type: "text/plain" });
          await KintoneTyped.createClient().file.uploadFile({ file });
          return "ok";
        } catch (caught) {
          return caught instanceof KintoneTyped.KintoneRestAPIError ? caught.code : String(caught);
        } finally {
          kintone.getRequestToken = real;
        }
      };
      return [await upload(kintone.getRequestToken()), await upload("wrong")];
    });
    expect(codes).toEqual(["ok", "CB_IL02"]);
  });

  it("surfaces a kintone error as KintoneRestAPIError", async () => {
    const error = await s.page.evaluate(async () => {
      try {
        await KintoneTyped.createClient().record.getRecord({ app: 1, id: 999_999 });
        return undefined;
      } catch (caught) {
        const typed = caught instanceof KintoneTyped.KintoneRestAPIError;
        return typed ? { status: caught.status, code: caught.code } : { other: String(caught) };
      }
    });
    expect(error).toEqual({ status: 404, code: "GAIA_RE01" });
  });

  it("gets kintone's CB_IL02 when the page hands out a wrong request token", async () => {
    const error = await s.page.evaluate(async () => {
      const client = KintoneTyped.createClient();
      const real = kintone.getRequestToken;
      kintone.getRequestToken = () => "wrong";
      try {
        await client.record.addRecord({ app: 1, record: { title: { value: "refused" } } });
        return undefined;
      } catch (caught) {
        return caught instanceof KintoneTyped.KintoneRestAPIError ? caught.code : String(caught);
      } finally {
        kintone.getRequestToken = real;
      }
    });
    expect(error).toBe("CB_IL02");
  });
});
