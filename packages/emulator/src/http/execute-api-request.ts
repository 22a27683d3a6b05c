import type { IncomingHttpHeaders } from "node:http";
import { authenticate } from "../auth/authenticate.js";
import { commit, type Runtime } from "../emulator/runtime.js";
import { kintoneError, validationError } from "../errors/error-catalog.js";
import { KintoneError } from "../errors/kintone-error.js";
import { BulkRequestError } from "../routes/handlers/bulk-request-handler.js";
import { FileReply, type RequestContext } from "../routes/route.js";
import { routes } from "../routes/route-table.js";
import { Db } from "../store/db.js";
import { Transaction } from "../store/transaction.js";
import { requestParams } from "./request-params.js";
import { resolveApiPath } from "./resolve-api-path.js";

/** What an API request answers: JSON with a status, or a file. */
export type Outcome = { status: number; json: unknown } | { status: 200; file: FileReply };

/** Runs one API request in its own transaction and commits it when it succeeds. */
export function executeApiRequest(
  runtime: Runtime,
  method: string,
  url: URL,
  headers: IncomingHttpHeaders,
  body: Buffer,
): Outcome {
  try {
    const api = resolveApiPath(url.pathname);
    const override = String(headers["x-http-method-override"] ?? "").toUpperCase();
    const verb = method === "POST" && override === "GET" ? "GET" : method;
    const route = api && routes[`${verb} ${api.path}`];
    if (!api || !route) throw kintoneError("apiNotFound");
    const { params: sent, upload } = requestParams(url.search, headers, body);
    const { __REQUEST_TOKEN__: requestToken, ...params } = sent;
    const tx = new Transaction(runtime.store);
    const db = new Db(tx);
    const principal = authenticate(
      { method, headers, requestToken, sessions: runtime.sessions },
      db,
    );
    const ctx: RequestContext = {
      db,
      principal,
      guestSpaceId: api.guestSpaceId,
      params,
      upload,
      now: runtime.clock(),
      timeZone: principal.kind === "user" ? principal.user.timezone : runtime.defaultTimeZone,
      runtime,
      dispatch(subMethod, path, guestSpaceId, subParams) {
        const subRoute = routes[`${subMethod} ${path}`];
        if (!subRoute?.bulk)
          throw validationError({ api: ["The specified API cannot be used in bulkRequest."] });
        return subRoute.handler({ ...ctx, guestSpaceId, params: subParams });
      },
    };
    const result = route.handler(ctx);
    commit(runtime, tx);
    return result instanceof FileReply
      ? { status: 200, file: result }
      : { status: 200, json: result };
  } catch (error) {
    if (error instanceof KintoneError) return { status: error.status, json: error.toBody() };
    if (error instanceof BulkRequestError)
      return { status: error.status, json: { results: error.results } };
    const unexpected = kintoneError("injectedServerError");
    return { status: unexpected.status, json: { ...unexpected.toBody(), message: String(error) } };
  }
}
