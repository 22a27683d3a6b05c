/** Whether a Content-Type header names JSON (`application/json`, with or without parameters). */
export function isJsonMediaType(contentType: string): boolean {
  return contentType.split(";")[0]?.trim().toLowerCase() === "application/json";
}
