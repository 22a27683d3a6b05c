import { stringify } from "yaml";
import type { OpenApiDocument } from "./openapi-document.js";

/** Prints a bundle as YAML with a generated-file header, paths and components sorted by name. */
export function printSpec(document: OpenApiDocument, header: string): string {
  const sorted: OpenApiDocument = {
    ...document,
    paths: sortKeys(document.paths),
    ...(document.components && {
      components: sortKeys(
        Object.fromEntries(
          Object.entries(document.components).map(([kind, map]) => [kind, sortKeys(map)]),
        ),
      ),
    }),
  };
  const body = stringify(sorted, { lineWidth: 0, aliasDuplicateObjects: false });
  return `${header
    .split("\n")
    .map((line) => `# ${line}`)
    .join("\n")}\n${body}`;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
