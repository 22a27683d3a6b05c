import type { ErrorBody } from "@kintone-typed/types";
import { KintoneRestAPIError } from "./kintone-rest-api-error.js";

/** Turns a failed response into a {@link KintoneRestAPIError}, also when a proxy or maintenance page answered instead of kintone. */
export async function readError(response: Response): Promise<KintoneRestAPIError> {
  const text = await response.text();
  const body = parseErrorBody(text);
  if (body)
    return new KintoneRestAPIError(response.status, body.error, response.headers, body.bulkIndex);
  const contentType = response.headers.get("content-type") ?? "no content type";
  const excerpt = text
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
  const message = `kintone answered HTTP ${response.status} with a body that is not kintone's JSON error (${contentType})${excerpt ? `: ${excerpt}` : ""}`;
  return new KintoneRestAPIError(
    response.status,
    { code: "NON_JSON_RESPONSE", id: "", message },
    response.headers,
  );
}

// A bulkRequest failure answers `{ results: [{}, error, {}] }`: the failing request's body is the error.
function parseErrorBody(text: string): { error: ErrorBody; bulkIndex?: number } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const direct = asErrorBody(value);
  if (direct) return { error: direct };
  const results =
    typeof value === "object" && value !== null && "results" in value && value.results;
  if (!Array.isArray(results)) return undefined;
  for (const [index, result] of results.entries()) {
    const error = asErrorBody(result);
    if (error) return { error, bulkIndex: index };
  }
  return undefined;
}

function asErrorBody(value: unknown): ErrorBody | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { code, id, message } = value as Record<string, unknown>;
  return typeof code === "string" && typeof message === "string"
    ? { ...(value as ErrorBody), id: typeof id === "string" ? id : "" }
    : undefined;
}
