import type { Operations } from "@kintone-typed/types";
import type { CallOptions, PreviewCallOptions } from "./call-options.js";
import type { ClientOptions } from "./client-options.js";
import { ConcurrencyLimiter } from "./concurrency-limiter.js";
import type { ClientMethods } from "./generated/methods.gen.js";
import { routes } from "./generated/routes.gen.js";
import { guestBulkRequests } from "./guest-bulk-requests.js";
import { type ClientHelpers, createHelpers } from "./records/record-helpers.js";
import { resolveBaseUrl } from "./resolve-base-url.js";
import { defaultRetryPolicy } from "./retry-delay.js";
import { type HttpMethod, type Route, routeFlags } from "./route.js";
import { type ClientContext, type RequestPlan, sendRequest } from "./send-request.js";

/** A kintone REST API client: generated methods grouped like @kintone/rest-api-client, the record and app helpers, plus a typed `request`. */
export type KintoneClient = ClientMethods &
  ClientHelpers & {
    /** Calls any operation by `"METHOD /path"`, typed from the spec. */
    request<K extends keyof Operations>(
      route: K,
      params: Operations[K]["request"],
      options?: CallOptions,
    ): Promise<Operations[K]["response"]>;
  };

type CallArguments = [
  params?: Record<string, unknown>,
  options?: PreviewCallOptions & { as?: "arrayBuffer" | "stream" },
];

/** Creates a client; every method of the generated route table becomes `client.<group>.<method>(params, options)`. */
export function createClient(options: ClientOptions = {}): KintoneClient {
  const context: ClientContext = {
    baseUrl: resolveBaseUrl(options.baseUrl),
    auth: options.auth ?? { type: "session" },
    basicAuth: options.basicAuth,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: options.timeoutMs ?? 60_000,
    headers: options.headers ?? {},
    retry: { ...defaultRetryPolicy, ...options.retry },
    limiter: new ConcurrencyLimiter(options.maxConcurrency ?? 10),
  };
  const guestSpaceId =
    options.guestSpaceId === undefined ? undefined : String(options.guestSpaceId);
  const call = (route: Route, path: string, [params = {}, callOptions = {}]: CallArguments) => {
    // In a guest space, kintone wants the bulk's inner API paths in guest form too.
    const sent =
      route[1] === "bulkRequest" && guestSpaceId !== undefined
        ? guestBulkRequests(params, guestSpaceId)
        : params;
    return sendRequest(
      context,
      planRequest(route, path, sent, guestSpaceId, callOptions.as),
      callOptions,
    );
  };

  const client: Record<string, unknown> = {};
  const byKey = new Map<string, [Route, string]>();
  for (const route of routes) {
    const [group, name, method, path, , previewPath] = route;
    byKey.set(`${method} ${absolute(path)}`, [route, path]);
    if (previewPath) byKey.set(`${method} ${absolute(previewPath)}`, [route, previewPath]);
    const invoke = (...args: CallArguments) =>
      call(route, args[1]?.preview && previewPath ? previewPath : path, args);
    if (group) {
      client[group] ??= {};
      (client[group] as Record<string, unknown>)[name] = invoke;
    } else {
      client[name] = invoke;
    }
  }
  client.request = (key: string, params: Record<string, unknown>, callOptions?: CallOptions) => {
    const found = byKey.get(key);
    if (!found)
      throw new Error(
        `Unknown kintone operation ${JSON.stringify(key)}: expected "METHOD /k/v1/....json"`,
      );
    return call(found[0], found[1], [params, callOptions]);
  };
  const methods = client as unknown as ClientMethods;
  const helpers = createHelpers(methods, context.retry);
  Object.assign(client.record as object, helpers.record);
  Object.assign(client.app as object, helpers.app);
  return client as unknown as KintoneClient;
}

function absolute(path: string): string {
  return path.startsWith("/") ? path : `/k/v1/${path}`;
}

// Fills path placeholders from the parameters (or the client's guest space) and picks the live or guest prefix.
function planRequest(
  route: Route,
  path: string,
  params: Record<string, unknown>,
  guestSpaceId: string | undefined,
  as: RequestPlan["as"],
): RequestPlan {
  const [, , method, , flags] = route;
  const rest = { ...params };
  const prefixed = path.startsWith("/")
    ? path
    : guestSpaceId !== undefined && flags & routeFlags.guest
      ? `/k/guest/${guestSpaceId}/v1/${path}`
      : absolute(path);
  const filled = prefixed.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = rest[name] ?? (name === "guestSpaceId" ? guestSpaceId : undefined);
    delete rest[name];
    if (value === undefined)
      throw new Error(`Missing path parameter ${name} for ${method} ${path}`);
    return encodeURIComponent(String(value));
  });
  return {
    method: method as HttpMethod,
    path: filled,
    params: rest,
    multipart: (flags & routeFlags.multipart) !== 0,
    binary: (flags & routeFlags.binary) !== 0,
    ...(as && { as }),
  };
}
