import { kintoneError, validationError } from "../../errors/error-catalog.js";
import { KintoneError } from "../../errors/kintone-error.js";
import { resolveApiPath } from "../../http/resolve-api-path.js";
import { objectArray } from "../params.js";
import type { RequestContext } from "../route.js";

/** A bulkRequest whose sub-request failed: kintone answers its error at its index, `{}` elsewhere. */
export class BulkRequestError extends Error {
  readonly status: number;
  readonly results: unknown[];

  constructor(status: number, results: unknown[]) {
    super("bulkRequest failed");
    this.status = status;
    this.results = results;
  }
}

/** POST bulkRequest.json: up to 20 record writes in one transaction, all or nothing. */
export function bulkRequest(ctx: RequestContext): unknown {
  const requests = objectArray(
    ctx.params,
    "requests",
    20,
    "A maximum of 20 requests can be sent at one time.",
  );
  const results = requests.map((request, index) => {
    try {
      const method = String(request.method ?? "").toUpperCase();
      const api = resolveApiPath(String(request.api ?? ""));
      if (!api)
        throw validationError({
          [`requests[${index}].api`]: ["The specified API is not available."],
        });
      const payload = (request.payload ?? {}) as Record<string, unknown>;
      // A bulk request in a guest space may only target apps of that same guest space.
      if (api.guestSpaceId !== null && api.guestSpaceId !== ctx.guestSpaceId)
        throw kintoneError("noPermission");
      return ctx.dispatch(method, api.path, ctx.guestSpaceId, payload);
    } catch (error) {
      if (!(error instanceof KintoneError)) throw error;
      throw new BulkRequestError(
        error.status,
        requests.map((_, other) => (other === index ? error.toBody() : {})),
      );
    }
  });
  return { results };
}
