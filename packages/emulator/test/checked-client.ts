import { SpecResponseValidator } from "./spec-response-validator.js";

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

let validator: SpecResponseValidator | undefined;

/** Calls the emulator's kintone API; every response is validated against the spec's schema. */
export function checkedClient(
  baseUrl: string,
): (method: string, path: string, options?: CallOptions) => Promise<CheckedResponse> {
  validator ??= new SpecResponseValidator();
  const spec = validator;
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...authHeaders(options.auth), ...options.headers };
    let body: string | FormData | undefined;
    if (options.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(options.json);
    } else if (options.form) body = options.form;
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const bytes = Buffer.from(await response.arrayBuffer());
    const contentType = response.headers.get("content-type") ?? "";
    const json = contentType.startsWith("application/json")
      ? JSON.parse(bytes.toString("utf8"))
      : undefined;
    const overridden =
      method === "POST" && headers["X-HTTP-Method-Override"] === "GET" ? "GET" : method;
    spec.validate(overridden, new URL(path, baseUrl).pathname, response.status, contentType, json);
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
