import type { SchemaNode } from "./ir.js";

// Keywords whose values are schemas, or arrays of them; `$ref`s are names, not followed.
const nestedSchemaKeys = ["items", "additionalProperties", "oneOf", "anyOf", "allOf"] as const;

/** Calls `visit` with a schema and every schema nested in it, each with its JSON pointer. */
export function forEachSchemaNode(
  schema: SchemaNode,
  pointer: string,
  visit: (node: SchemaNode, pointer: string) => void,
): void {
  const walk = (node: unknown, at: string): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        walk(item, `${at}/${index}`);
      });
      return;
    }
    const record = node as SchemaNode;
    visit(record, at);
    for (const [name, property] of Object.entries(record.properties ?? {})) {
      walk(property, `${at}/properties/${name}`);
    }
    for (const key of nestedSchemaKeys) walk(record[key], `${at}/${key}`);
  };
  walk(schema, pointer);
}
