import type { Issue, Normalized } from "./write-context.js";

/** The message kintone-typed uses for a value of the wrong JSON type (chosen: kintone's is not public). */
export const wrongTypeMessage = "The value type is invalid.";

/** A normalized value without issues. */
export function ok(value: unknown): Normalized {
  return { value, issues: [] };
}

/** A rejected value: stored empty, with one issue at the field's own key. */
export function rejected(empty: unknown, message: string, suffix = ".value"): Normalized {
  return { value: empty, issues: [{ suffix, message }] };
}

/** True for "", null, undefined and []. */
export function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === "" ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The input as a list of strings, or undefined when it is not one. */
export function stringList(raw: unknown): string[] | undefined {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw) || !raw.every((item) => typeof item === "string")) return undefined;
  return raw;
}

/** The input as a list of `{ code }` entries, or undefined when it is not one. */
export function codeList(raw: unknown): string[] | undefined {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) return undefined;
  const codes: string[] = [];
  for (const item of raw) {
    const code =
      typeof item === "object" && item !== null ? (item as { code?: unknown }).code : undefined;
    if (typeof code !== "string") return undefined;
    codes.push(code);
  }
  return codes;
}

/** Issues for choices that are not among a field's options. */
export function optionIssues(
  values: readonly string[],
  options: Record<string, unknown> | undefined,
  indexed: boolean,
): Issue[] {
  return values.flatMap((value, index) =>
    options && Object.hasOwn(options, value)
      ? []
      : [
          {
            suffix: indexed ? `.values[${index}].value` : ".value",
            message: `The value, "${value}", is not in options.`,
          },
        ],
  );
}
