import type { SchemaNode } from "./ir.js";

// Keywords that change what a value may be but have no faithful TypeScript form; rejected rather than dropped.
const unsupportedKeywords = [
  "not",
  "if",
  "then",
  "else",
  "patternProperties",
  "prefixItems",
  "dependentSchemas",
  "dependentRequired",
  "unevaluatedProperties",
  "unevaluatedItems",
  "propertyNames",
  "contains",
  "$dynamicRef",
] as const;

/** Fails, naming the JSON pointer, when a schema uses a construct the generator cannot express as a type. */
export function checkSchema(schema: SchemaNode, pointer: string): void {
  const visit = (node: unknown, at: string, isSchema: boolean): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        visit(item, `${at}/${index}`, isSchema);
      });
      return;
    }
    const record = node as Record<string, unknown>;
    if (isSchema) {
      for (const keyword of unsupportedKeywords) {
        if (keyword in record) throw new Error(`${at}: unsupported schema construct "${keyword}"`);
      }
    }
    for (const [key, value] of Object.entries(record)) {
      if (key === "properties") {
        for (const [name, property] of Object.entries(value as Record<string, unknown>)) {
          visit(property, `${at}/properties/${name}`, true);
        }
      } else if (["items", "additionalProperties", "oneOf", "anyOf", "allOf"].includes(key)) {
        visit(value, `${at}/${key}`, true);
      }
    }
  };
  visit(schema, pointer, true);
}
