import { readFile } from "node:fs/promises";
import type { IncomingHttpHeaders } from "node:http";
import type { Runtime } from "../emulator/runtime.js";
import type { BrowserAnswer } from "./browser-answer.js";
import { logIn } from "./log-in.js";
import { pageScriptPath, renderTestPage } from "./render-test-page.js";

const html = { "Content-Type": "text/html; charset=utf-8" };

/** Answers the login, test page and page script endpoints; undefined for any other path. */
export async function browserRequest(
  runtime: Runtime,
  pageScript: string | undefined,
  request: { method: string; path: string; headers: IncomingHttpHeaders; body: Buffer },
): Promise<BrowserAnswer | undefined> {
  const key = `${request.method} ${request.path}`;
  if (key === "POST /__emulator/login") return logIn(runtime, request.body);
  if (key === "GET /__emulator/page") {
    const session = runtime.sessions.fromCookie(request.headers.cookie);
    if (!session) return { status: 401, headers: html, body: "<p>Please login.</p>" };
    return { status: 200, headers: html, body: renderTestPage(session, pageScript !== undefined) };
  }
  if (key === `GET ${pageScriptPath}` && pageScript !== undefined) {
    const script = await readFile(pageScript);
    return {
      status: 200,
      headers: { "Content-Type": "text/javascript; charset=utf-8" },
      body: script,
    };
  }
  return undefined;
}
