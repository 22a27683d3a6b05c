import { readFileSync } from "node:fs";
import type { Seed } from "./seed-types.js";

/** A seed given as an object, or read from a JSON file path. */
export function loadSeed(seed: Seed | string | undefined): Seed {
  if (seed === undefined) return {};
  if (typeof seed !== "string") return seed;
  const parsed: unknown = JSON.parse(readFileSync(seed, "utf8"));
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`Seed file ${seed} must contain a JSON object.`);
  }
  return parsed as Seed;
}
