import { fileURLToPath } from "node:url";

const at = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/** Folders and files the benchmarks read or write, as absolute paths. */
export const benchPaths = {
  packageRoot: at("../"),
  fixtures: at("../fixtures/"),
  generated: at("../.generated/"),
  openapiTypes: at("../.generated/kintone-openapi.d.ts"),
  bundledSpec: at("../../../spec/bundled/openapi.yaml"),
};
