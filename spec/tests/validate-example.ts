import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** Compiles schemas of a bundle with an independent JSON Schema 2020-12 validator (ajv), refs resolved in the bundle. */
export function createExampleValidator(
  bundle: Record<string, any>,
): (pointer: string, value: unknown) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: "bundle", components: bundle.components }, "bundle");
  const cache = new Map<string, ReturnType<typeof ajv.compile>>();
  return (pointer, value) => {
    let validate = cache.get(pointer);
    if (!validate) {
      const schema = resolvePointer(bundle, pointer);
      validate = ajv.compile(rewriteRefs(schema));
      cache.set(pointer, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (error: ErrorObject) => `${error.instancePath || "/"} ${error.message}`,
    );
  };
}

function resolvePointer(root: unknown, pointer: string): any {
  return pointer
    .replace(/^#\//, "")
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((node: any, key) => node?.[key], root);
}

// Local refs in a bundle point at #/components/...; inside ajv they must point at the registered bundle schema.
function rewriteRefs(node: unknown): any {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/")
        ? `bundle${value}`
        : rewriteRefs(value),
    ]),
  );
}
