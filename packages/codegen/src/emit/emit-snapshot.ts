import { compareCodes } from "../build/build-model.js";
import { type AppDefinitions, isObject } from "../load/app-definitions.js";

/** Builds fields.json: the definitions as read, with object keys sorted so the file is stable. */
export function emitSnapshot(definitions: AppDefinitions): unknown {
  return sortKeys(definitions);
}

/** The value with the keys of every object in it sorted, arrays kept in order. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  // fromEntries defines own properties, so a field code such as `__proto__` stays a key.
  return Object.fromEntries(
    Object.keys(value)
      .sort(compareCodes)
      .map((key) => [key, sortKeys(value[key])]),
  );
}
