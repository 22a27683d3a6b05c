import { buildAuthHeaders, sessionRequestToken } from "./auth-headers.js";
import type { CallOptions } from "./call-options.js";
import type { Auth } from "./client-options.js";
import type { ConcurrencyLimiter } from "./concurrency-limiter.js";
import { readError } from "./read-error.js";
import { type RetryPolicy, retryableStatuses, retryDelay } from "./retry-delay.js";
import type { HttpMethod } from "./route.js";
import { sleep } from "./sleep.js";
import { toFormData } from "./to-form-data.js";
import { toQueryString } from "./to-query-string.js";

/** What every request of one client shares. */
export type ClientContext = {
  baseUrl: string;
  auth: Auth;
  basicAuth: { username: string; password: string } | undefined;
  fetch: typeof fetch;
  timeoutMs: number;
  headers: Record<string, string>;
  retry: RetryPolicy;
  limiter: ConcurrencyLimiter;
};

/** One request, resolved to a concrete path. */
export type RequestPlan = {
  method: HttpMethod;
  path: string;
  params: Record<string, unknown>;
  multipart: boolean;
  binary: boolean;
  /** Options that select the response form, such as `{ as: "stream" }`. */
  as?: "arrayBuffer" | "stream";
};

/** kintone rejects URLs longer than this; longer GETs travel as POST with X-HTTP-Method-Override. */
export const maxUrlLength = 4096;

/** Sends one request with auth, method override, timeout, retries of safe requests and the concurrency limit. */
export async function sendRequest(
  context: ClientContext,
  plan: RequestPlan,
  options: CallOptions = {},
): Promise<unknown> {
  const init = await buildInit(context, plan, options);
  const safe = plan.method === "GET";
  for (let attempt = 0; ; attempt++) {
    const response = await context.limiter.run(() => fetchOnce(context, init, options));
    options.onResponse?.({ status: response.status, headers: response.headers });
    if (response.ok) return readBody(response, plan);
    if (!safe || !retryableStatuses.has(response.status) || attempt >= context.retry.maxRetries)
      throw await readError(response);
    await response.body?.cancel();
    await sleep(
      retryDelay(context.retry, attempt, response.headers.get("retry-after")),
      options.signal,
    );
  }
}

type Init = {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | FormData | undefined;
};

async function buildInit(
  context: ClientContext,
  plan: RequestPlan,
  options: CallOptions,
): Promise<Init> {
  const headers = {
    ...context.headers,
    ...buildAuthHeaders(context.auth, context.basicAuth),
    ...options.headers,
  };
  const url = `${context.baseUrl}${plan.path}`;
  const token = context.auth.type === "session" ? sessionRequestToken() : undefined;
  if (plan.method === "GET") {
    const query = toQueryString(plan.params);
    const full = query ? `${url}?${query}` : url;
    if (query !== undefined && full.length <= maxUrlLength) {
      return { url: full, method: "GET", headers, body: undefined };
    }
    const overridden = {
      ...headers,
      "Content-Type": "application/json",
      "X-HTTP-Method-Override": "GET",
    };
    return { url, method: "POST", headers: overridden, body: jsonBody(plan.params, token) };
  }
  if (plan.multipart)
    return { url, method: plan.method, headers, body: await toFormData(plan.params, token) };
  return {
    url,
    method: plan.method,
    headers: { ...headers, "Content-Type": "application/json" },
    body: jsonBody(plan.params, token),
  };
}

function jsonBody(params: Record<string, unknown>, token: string | undefined): string {
  return JSON.stringify(token === undefined ? params : { ...params, __REQUEST_TOKEN__: token });
}

async function fetchOnce(
  context: ClientContext,
  init: Init,
  options: CallOptions,
): Promise<Response> {
  const timeoutMs = options.timeoutMs ?? context.timeoutMs;
  const signals = [
    options.signal,
    timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined,
  ].filter((signal): signal is AbortSignal => signal !== undefined);
  const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
  return context.fetch(init.url, {
    method: init.method,
    headers: init.headers,
    ...(init.body !== undefined && { body: init.body }),
    ...(signal && { signal }),
  });
}

async function readBody(response: Response, plan: RequestPlan): Promise<unknown> {
  if (!plan.binary) return response.json();
  if (plan.as === "stream") {
    if (!response.body) throw new Error("The download has no body to stream");
    return response.body;
  }
  return response.arrayBuffer();
}
