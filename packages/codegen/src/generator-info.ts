import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isObject } from "./load/app-definitions.js";

/** The versions a generated package records: this generator's and the types package it imports from. */
export type GeneratorInfo = { generator: string; typesVersion: string };

function versionOf(file: string | URL): string {
  const json: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (isObject(json) && typeof json.name === "string" && typeof json.version === "string")
    return json.version;
  throw new Error(`${String(file)} has no name and version`);
}

/** Reads both versions from the installed package.json files (the same from src/ and dist/). */
export function readGeneratorInfo(): GeneratorInfo {
  const require = createRequire(import.meta.url);
  return {
    generator: `@kintone-typed/codegen ${versionOf(new URL("../package.json", import.meta.url))}`,
    typesVersion: versionOf(require.resolve("@kintone-typed/types/package.json")),
  };
}
