import { readFile } from "node:fs/promises";
import { parse } from "yaml";

/** The parts of an OpenAPI document the generator reads; everything else is ignored. */
export type BundleDocument = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, unknown>>;
  components?: {
    schemas?: Record<string, unknown>;
    parameters?: Record<string, unknown>;
    [key: string]: unknown;
  };
};

/** Reads and parses a bundled spec; fails with the file name when it is not an OpenAPI 3.1 document. */
export async function loadBundle(file: string): Promise<BundleDocument> {
  const document: unknown = parse(await readFile(file, "utf8"));
  if (!isBundle(document)) {
    throw new Error(
      `${file}: not an OpenAPI 3.1 document (expected openapi: 3.1.x, info and paths)`,
    );
  }
  return document;
}

function isBundle(value: unknown): value is BundleDocument {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.openapi === "string" &&
    record.openapi.startsWith("3.1") &&
    typeof record.info === "object" &&
    typeof record.paths === "object"
  );
}
