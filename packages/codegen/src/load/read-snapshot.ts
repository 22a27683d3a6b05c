import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  type AppDefinitions,
  type FieldDefinition,
  isFieldDefinition,
  isObject,
} from "./app-definitions.js";

/** The snapshot's file name inside a generated package. */
export const snapshotFileName = "fields.json";

/** Reads the definitions a package was generated from (`<outDir>/fields.json`). */
export async function readSnapshot(outDir: string): Promise<AppDefinitions> {
  const file = path.join(outDir, snapshotFileName);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new Error(`${file} not found: generate the package from kintone once first`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON (${error instanceof Error ? error.message : error})`);
  }
  return parseSnapshot(json, file);
}

/** Checks the shape of a parsed snapshot; `source` names it in errors. */
export function parseSnapshot(json: unknown, source: string): AppDefinitions {
  if (!isObject(json)) throw new Error(`${source}: expected a JSON object`);
  const { appId, name, revision, preview, properties } = json;
  if (typeof appId !== "string") throw new Error(`${source}: "appId" must be a string`);
  if (typeof name !== "string") throw new Error(`${source}: "name" must be a string`);
  if (typeof revision !== "string") throw new Error(`${source}: "revision" must be a string`);
  if (typeof preview !== "boolean") throw new Error(`${source}: "preview" must be a boolean`);
  if (!isObject(properties)) throw new Error(`${source}: "properties" must be an object`);
  const fields = Object.entries(properties).map(([code, property]): [string, FieldDefinition] => {
    if (isFieldDefinition(property)) return [code, property];
    throw new Error(
      `${source}: properties[${JSON.stringify(code)}] needs string "type", "code" and "label"`,
    );
  });
  return { appId, name, revision, preview, properties: Object.fromEntries(fields) };
}
