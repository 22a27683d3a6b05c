import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as wait } from "node:timers/promises";
import { sendBrowserAnswer } from "../browser/browser-answer.js";
import { browserRequest } from "../browser/browser-request.js";
import { type Control, controlRequest } from "../control/control-request.js";
import { kintoneError } from "../errors/error-catalog.js";
import type { KintoneError } from "../errors/kintone-error.js";
import type { FaultSpec } from "../faults/fault-injector.js";
import { executeApiRequest } from "./execute-api-request.js";
import { readBody } from "./read-body.js";
import { sendFile, sendHtml, sendJson } from "./send.js";

// A zero delay must not cost a timer turn: the benchmark measures the emulator, not setTimeout.
const sleep = (ms: number): Promise<unknown> | undefined => (ms > 0 ? wait(ms) : undefined);

/** Settings of the HTTP front: concurrency, added latency, faults, the test page's script. */
export type ListenerOptions = {
  control: Control;
  latencyMs: number;
  pageScript: string | undefined;
};

const faultErrors: Record<NonNullable<FaultSpec["status"]>, () => KintoneError> = {
  429: () => kintoneError("tooManyConcurrentRequests"),
  500: () => kintoneError("injectedServerError"),
  503: () => kintoneError("injectedUnavailable"),
};

/** The node request listener: control endpoints, then kintone's API behind gate, faults and latency. */
export function createRequestListener(
  options: ListenerOptions,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { message: String(error) });
      else response.destroy();
    });
  };
}

async function handle(
  options: ListenerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { control } = options;
  const { gate } = control;
  const url = new URL(request.url ?? "/", "http://emulator");
  const method = request.method ?? "GET";
  if (url.pathname.startsWith("/__emulator/")) {
    const body = await readBody(request);
    const page = await browserRequest(control.runtime, options.pageScript, {
      method,
      path: url.pathname,
      headers: request.headers,
      body,
    });
    if (page) {
      sendBrowserAnswer(response, page);
      return;
    }
    const answer = controlRequest(control, method, url.pathname, body);
    sendJson(
      response,
      answer?.status ?? 404,
      answer?.json ?? { message: "Unknown control endpoint." },
    );
    return;
  }
  const admitted = gate.enter();
  response.on("close", () => gate.leave());
  response.setHeader("X-ConcurrencyLimit-Limit", String(gate.limit));
  response.setHeader("X-ConcurrencyLimit-Running", String(gate.running));
  const body = await readBody(request);
  if (!admitted) {
    const error = kintoneError("tooManyConcurrentRequests");
    response.setHeader("X-Cybozu-Error", error.code);
    sendJson(response, error.status, error.toBody());
    return;
  }
  const fault = control.faults.take(url.pathname);
  const delay = options.latencyMs + (fault?.latencyMs ?? 0);
  if (fault?.status) {
    await sleep(delay);
    if (fault.body === "html") sendHtml(response, fault.status);
    else sendJson(response, fault.status, faultErrors[fault.status]().toBody());
    return;
  }
  if (fault?.dropConnection && !fault.dropAfterCommit) {
    await sleep(delay);
    request.socket.destroy();
    return;
  }
  const outcome = executeApiRequest(control.runtime, method, url, request.headers, body);
  await sleep(delay);
  if (fault?.dropAfterCommit) {
    request.socket.destroy();
    return;
  }
  if ("file" in outcome) sendFile(response, outcome.file);
  else sendJson(response, outcome.status, outcome.json);
}
