import type { SchemaNode } from "./ir.js";

const schemaRefPrefix = "#/components/schemas/";

/** The component name a `$ref` points at; fails naming the location for refs outside components/schemas. */
export function schemaRefName(ref: string, pointer: string): string {
  if (!ref.startsWith(schemaRefPrefix)) {
    throw new Error(
      `${pointer}: unsupported $ref ${ref} (only ${schemaRefPrefix}<Name> can be a type)`,
    );
  }
  return ref.slice(schemaRefPrefix.length);
}

/** Lists the component names a schema references directly, in first-seen order. */
export function collectSchemaRefs(schema: SchemaNode, pointer: string): string[] {
  const names = new Set<string>();
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        visit(item, `${at}/${index}`);
      });
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") names.add(schemaRefName(value, at));
      else if (
        key !== "examples" &&
        key !== "example" &&
        key !== "default" &&
        key !== "const" &&
        key !== "enum"
      ) {
        visit(value, `${at}/${key}`);
      }
    }
  };
  visit(schema, pointer);
  return [...names];
}
