import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { isJsonObject, type JsonObject } from "./json-object.js";
import { resolvePointer } from "./resolve-pointer.js";

/** Checks a value against the schema at a JSON pointer of the bundle; returns the problems, none when it fits. */
export type SchemaValidator = (pointer: string, value: unknown) => string[];

/** Compiles schemas of a bundle with an independent JSON Schema 2020-12 validator (ajv), refs resolved in the bundle. */
export function createSchemaValidator(bundle: JsonObject): SchemaValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: "bundle", components: bundle.components }, "bundle");
  // Keyed by the schema node, so operations sharing a component (the error body) compile it once.
  const compiled = new WeakMap<JsonObject, ValidateFunction>();
  return (pointer, value) => {
    const schema = resolvePointer(bundle, pointer);
    if (!isJsonObject(schema)) throw new Error(`The bundle has no schema at ${pointer}`);
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(rewriteRefs(schema));
      compiled.set(schema, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message}`);
  };
}

// Local refs point at #/components/...; inside ajv they must point at the registered bundle schema.
function rewriteRefs(schema: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/")
        ? `bundle${value}`
        : rewriteNode(value),
    ]),
  );
}

function rewriteNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteNode);
  return isJsonObject(node) ? rewriteRefs(node) : node;
}
