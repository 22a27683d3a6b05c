import type { IncomingHttpHeaders } from "node:http";
import { kintoneError } from "../errors/error-catalog.js";
import { type MultipartPart, parseMultipart } from "./parse-multipart.js";
import { parseQueryString } from "./parse-query-string.js";

/** A request's parameters: the query string merged with a JSON body or multipart text parts, and an uploaded file. */
export function requestParams(
  search: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
): { params: Record<string, unknown>; upload: MultipartPart | undefined } {
  const params = parseQueryString(search);
  const contentType = headers["content-type"] ?? "";
  if (/^multipart\/form-data/i.test(contentType)) {
    const parts = parseMultipart(body, contentType);
    for (const part of parts)
      if (part.filename === undefined) params[part.name] = part.data.toString("utf8");
    return { params, upload: parts.find((part) => part.filename !== undefined) };
  }
  const text = body.toString("utf8").trim();
  if (text === "") return { params, upload: undefined };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw kintoneError("invalidJson");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw kintoneError("invalidJson");
  return { params: { ...params, ...(json as Record<string, unknown>) }, upload: undefined };
}
