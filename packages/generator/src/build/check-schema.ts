import { forEachSchemaNode } from "./for-each-schema-node.js";
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
  forEachSchemaNode(schema, pointer, (node, at) => {
    for (const keyword of unsupportedKeywords) {
      if (keyword in node) throw new Error(`${at}: unsupported schema construct "${keyword}"`);
    }
  });
}
