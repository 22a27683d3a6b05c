import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** The bundled spec the API reference page is built from. */
export const specFile = fileURLToPath(
  new URL("../../../spec/bundled/openapi.yaml", import.meta.url),
);

/** One operation of the spec, as the reference page should show it. */
export type SpecOperation = {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  tag: string;
};

/** The spec's title, its tags and its operations in document order. */
export type SpecOutline = { title: string; tags: string[]; operations: SpecOperation[] };

type PathItem = Record<string, { operationId?: string; summary?: string; tags?: string[] }>;

const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Reads the title, tags and operations of spec/bundled/openapi.yaml. */
export async function loadSpecOutline(): Promise<SpecOutline> {
  const spec = parse(await readFile(specFile, "utf8")) as {
    info: { title: string };
    tags: { name: string }[];
    paths: Record<string, PathItem>;
  };
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!methods.has(method)) continue;
      const { operationId, summary, tags } = operation;
      if (!operationId || !summary || tags?.length !== 1 || !tags[0]) {
        throw new Error(
          `${method.toUpperCase()} ${path} needs an operationId, a summary and one tag`,
        );
      }
      operations.push({ operationId, method, path, summary, tag: tags[0] });
    }
  }
  return { title: spec.info.title, tags: spec.tags.map((tag) => tag.name), operations };
}
