import { mkdir, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { benchPaths } from "./bench-paths.js";

/** Writes openapi-typescript's `paths` types for our bundled spec, which the openapi-fetch fixtures import. */
export async function generateOpenapiTypes(): Promise<void> {
  const ast = await openapiTS(pathToFileURL(benchPaths.bundledSpec));
  await mkdir(benchPaths.generated, { recursive: true });
  await writeFile(benchPaths.openapiTypes, astToString(ast));
}
