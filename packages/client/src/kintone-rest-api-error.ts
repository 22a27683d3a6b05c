import type { ErrorBody, ErrorDetail } from "@kintone-typed/types";

/** A kintone REST API call that failed: kintone's error body plus the HTTP status and headers. */
export class KintoneRestAPIError extends Error {
  override readonly name = "KintoneRestAPIError";
  /** HTTP status of the response. */
  readonly status: number;
  /** kintone's error code, such as `CB_VA01`; `NON_JSON_RESPONSE` when the body was not kintone's JSON. */
  readonly code: string;
  /** kintone's request ID (empty for non-JSON bodies). */
  readonly id: string;
  /** Validation details keyed by input location, such as `record.price.value`. */
  readonly errors: Record<string, ErrorDetail> | undefined;
  /** Response headers. */
  readonly headers: Headers;
  /** For a failed bulkRequest: the index of the request that failed (the others were rolled back or not run). */
  readonly bulkRequestIndex: number | undefined;

  constructor(status: number, body: ErrorBody, headers: Headers, bulkRequestIndex?: number) {
    const where =
      bulkRequestIndex === undefined ? "" : ` (bulkRequest request ${bulkRequestIndex})`;
    super(`[${status}] [${body.code}] ${body.message}${body.id ? ` (${body.id})` : ""}${where}`);
    this.status = status;
    this.code = body.code;
    this.id = body.id;
    this.errors = body.errors;
    this.headers = headers;
    this.bulkRequestIndex = bulkRequestIndex;
  }
}
