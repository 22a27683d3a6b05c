import { KintoneRestAPIError } from "@kintone-typed/client";
import { isObject } from "../load/app-definitions.js";

/** Describes a failure in one line: kintone's error code and message, or why kintone could not be reached. */
export function describeError(
  error: unknown,
  baseUrl: string | undefined,
  secrets: readonly string[],
): string {
  let text: string;
  if (error instanceof KintoneRestAPIError) {
    text = `kintone answered ${error.message}`;
  } else if (error instanceof Error && error.name === "TimeoutError") {
    text = `no answer from ${baseUrl ?? "kintone"} in time`;
  } else if (error instanceof TypeError && isObject(error.cause)) {
    // fetch reports network failures as TypeError("fetch failed") with the system error as cause.
    const reason = error.cause.code ?? error.cause.message ?? "network error";
    text = `cannot reach ${baseUrl ?? "kintone"} (${String(reason)})`;
  } else {
    text = error instanceof Error ? error.message : String(error);
  }
  return redact(text.replace(/\s+/g, " ").trim(), secrets);
}

/** Replaces every secret in the text with `***`, longest first. */
export function redact(text: string, secrets: readonly string[]): string {
  return [...secrets]
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((result, secret) => result.replaceAll(secret, "***"), text);
}
