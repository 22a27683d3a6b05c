import { validationError } from "../errors/error-catalog.js";

/** A required positive integer parameter (id, app, revision...) as a decimal string. */
export function requiredId(params: Record<string, unknown>, name: string): string {
  const value = params[name];
  if (value === undefined || value === null || value === "") {
    throw validationError({ [name]: ["Required field."] });
  }
  return positiveId(value, name);
}

/** A positive integer given as a number or decimal string, as a decimal string. */
export function positiveId(value: unknown, name: string): string {
  const text = String(value);
  if ((typeof value !== "string" && typeof value !== "number") || !/^-?\d+$/.test(text)) {
    throw validationError({ [name]: ["must be an integer"] });
  }
  if (Number(text) < 1) throw validationError({ [name]: ["must be greater than or equal to 1"] });
  return String(Number(text));
}

/** An optional integer parameter within bounds. */
export function optionalInt(
  params: Record<string, unknown>,
  name: string,
  bounds: { min: number; max: number },
): number | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === "") return undefined;
  const number = Number(value);
  if ((typeof value !== "string" && typeof value !== "number") || !Number.isInteger(number)) {
    throw validationError({ [name]: ["must be an integer"] });
  }
  if (number < bounds.min)
    throw validationError({ [name]: [`must be greater than or equal to ${bounds.min}`] });
  if (number > bounds.max)
    throw validationError({ [name]: [`must be less than or equal to ${bounds.max}`] });
  return number;
}

/** An optional revision: undefined or -1 means "do not check". */
export function optionalRevision(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === "" || String(value) === "-1")
    return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw validationError({ [name]: ["must be an integer"] });
  return number;
}

/** An optional array parameter of strings. */
export function stringArray(params: Record<string, unknown>, name: string): string[] | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw validationError({ [name]: ["must be an array"] });
  return value.map(String);
}

/** An optional array parameter of objects, within a size limit with kintone's message. */
export function objectArray(
  params: Record<string, unknown>,
  name: string,
  max: number,
  tooMany: string,
): Record<string, unknown>[] {
  const value = params[name];
  if (value === undefined || value === null) throw validationError({ [name]: ["Required field."] });
  if (!Array.isArray(value)) throw validationError({ [name]: ["must be an array"] });
  if (value.length > max) throw validationError({ [name]: [tooMany] });
  return value.map(
    (item) => (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>,
  );
}

/** A boolean parameter given as a JSON boolean or "true"/"false". */
export function booleanParam(params: Record<string, unknown>, name: string): boolean | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === "") return undefined;
  return value === true || value === "true";
}
