import { createResponseValidator, type ResponseValidator } from "./create-response-validator.js";
import { isJsonMediaType } from "./is-json-media-type.js";

/** Options of {@link createValidatingFetch}. */
export type ValidatingFetchOptions = {
  /** The fetch to wrap (default: the global fetch). */
  fetch?: typeof fetch;
  /** The validator (default: one over spec/bundled/openapi.with-guest.yaml). */
  validator?: ResponseValidator;
  /** Pass HTML error pages unchecked: what a proxy or maintenance page in front of kintone sends. */
  allowHtmlErrorPages?: boolean;
};

/** Wraps fetch so every response is checked against the spec before the caller sees it; a mismatch rejects with a SpecViolationError. */
export function createValidatingFetch(options: ValidatingFetchOptions = {}): typeof fetch {
  const inner = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const validate = options.validator ?? createResponseValidator();
  return async (input, init) => {
    const response = await inner(input, init);
    const contentType = response.headers.get("content-type") ?? "";
    if (options.allowHtmlErrorPages && !response.ok && contentType.startsWith("text/html"))
      return response;
    validate({
      method: operationMethod(input, init),
      pathname: new URL(input instanceof Request ? input.url : input).pathname,
      status: response.status,
      contentType,
      // A clone leaves the body unread for the caller; binary bodies are not read at all.
      ...(isJsonMediaType(contentType) && { body: await response.clone().text() }),
    });
    return response;
  };
}

// kintone runs a POST with `X-HTTP-Method-Override: GET` as the GET operation.
function operationMethod(input: RequestInfo | URL, init: RequestInit | undefined): string {
  const request = input instanceof Request ? input : undefined;
  const method = (init?.method ?? request?.method ?? "GET").toUpperCase();
  const override = new Headers(init?.headers ?? request?.headers).get("x-http-method-override");
  return method === "POST" && override ? override.toUpperCase() : method;
}
