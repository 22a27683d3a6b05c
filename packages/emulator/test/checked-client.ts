import { createValidatingFetch } from "@kintone-typed/spec/validate-response";

/** Credentials a test request carries. */
export type Credentials = { token?: string; user?: string; password?: string };

/** Options of one test request. */
export type CallOptions = {
  auth?: Credentials;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
};

/** A response whose body was checked against the spec. */
export type CheckedResponse = { status: number; headers: Headers; body: unknown; bytes: Buffer };

let checkedFetch: typeof fetch | undefined;

/** Calls the emulator's kintone API; every response is validated against the spec's schema. */
export function checkedClient(
  baseUrl: string,
): (method: string, path: string, options?: CallOptions) => Promise<CheckedResponse> {
  checkedFetch ??= createValidatingFetch();
  const send = checkedFetch;
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...authHeaders(options.auth), ...options.headers };
    let body: string | FormData | undefined;
    if (options.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(options.json);
    } else if (options.form) body = options.form;
    const response = await send(`${baseUrl}${path}`, { method, headers, body });
    const bytes = Buffer.from(await response.arrayBuffer());
    const json = response.headers.get("content-type")?.startsWith("application/json")
      ? JSON.parse(bytes.toString("utf8"))
      : undefined;
    return { status: response.status, headers: response.headers, body: json, bytes };
  };
}

function authHeaders(auth: Credentials | undefined): Record<string, string> {
  if (auth?.token) return { "X-Cybozu-API-Token": auth.token };
  if (auth?.user) {
    return {
      "X-Cybozu-Authorization": Buffer.from(`${auth.user}:${auth.password ?? ""}`).toString(
        "base64",
      ),
    };
  }
  return {};
}
