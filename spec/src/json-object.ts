/** A JSON object as parsed from the bundle or a response body. */
export type JsonObject = { readonly [key: string]: unknown };

/** Whether a value is a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
