import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { isJsonObject, type JsonObject } from "./json-object.js";

/** The committed bundles under spec/bundled/. */
export type BundleName = "openapi.yaml" | "openapi.with-guest.yaml";

/** Parses one of the committed bundles under spec/bundled/. */
export function readBundle(name: BundleName): JsonObject {
  const url = new URL(`../bundled/${name}`, import.meta.url);
  const document: unknown = parse(readFileSync(url, "utf8"));
  if (!isJsonObject(document)) throw new Error(`${url.pathname} is not an OpenAPI document`);
  return document;
}
