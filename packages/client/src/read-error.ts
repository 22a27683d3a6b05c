import type { ErrorBody } from "@kintone-typed/types";
import { KintoneRestAPIError } from "./kintone-rest-api-error.js";

/** Turns a failed response into a {@link KintoneRestAPIError}, also when a proxy or maintenance page answered instead of kintone. */
export async function readError(response: Response): Promise<KintoneRestAPIError> {
  const text = await response.text();
  const body = parseErrorBody(text);
  if (body) return new KintoneRestAPIError(response.status, body, response.headers);
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

function parseErrorBody(text: string): ErrorBody | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return undefined;
    const { code, id, message } = value as Record<string, unknown>;
    return typeof code === "string" && typeof message === "string"
      ? { ...(value as ErrorBody), id: typeof id === "string" ? id : "" }
      : undefined;
  } catch {
    return undefined;
  }
}
