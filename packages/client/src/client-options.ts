/** How the client authenticates. */
export type Auth =
  | { type: "apiToken"; token: string | readonly string[] }
  | { type: "password"; username: string; password: string }
  | { type: "oauth"; accessToken: string }
  | { type: "session" };

/** Options of {@link createClient}. */
export type ClientOptions = {
  /** `https://<subdomain>.cybozu.com`; plain http is accepted only for localhost and 127.0.0.1. Defaults to the page's origin in a browser. */
  baseUrl?: string;
  /** Defaults to the browser session when running on a kintone page. */
  auth?: Auth;
  /** Basic authentication for environments behind it; sent in addition to `auth`. */
  basicAuth?: { username: string; password: string };
  /** Routes every call to this guest space (`/k/guest/<id>/v1/...`). */
  guestSpaceId?: number | string;
  /** The fetch implementation, for tests, proxies or instrumentation. */
  fetch?: typeof fetch;
  /** Per-request timeout in milliseconds (default 60000; 0 disables it). */
  timeoutMs?: number;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  /** Retries of 429 and 503 answers to safe requests. */
  retry?: { maxRetries?: number; baseDelayMs?: number; maxDelayMs?: number };
  /** Requests in flight at once across the whole client (default 10; kintone allows 100 per domain). */
  maxConcurrency?: number;
};
