import type { BundleDocument } from "../load/load-bundle.js";
import { checkSchema } from "./check-schema.js";
import type { OperationIr, RecordRole, SchemaIr, SchemaNode } from "./ir.js";
import { collectSchemaRefs } from "./schema-refs.js";

/** The area of schemas used by several areas (or none). */
export const commonArea = "common";

/** Resolves every component schema, checks it, and assigns it to the area of the operations that use it. */
export function buildSchemas(
  document: BundleDocument,
  operations: readonly OperationIr[],
  parametersOf: ReadonlyMap<string, RecordRole[]>,
): SchemaIr[] {
  const raw = document.components?.schemas ?? {};
  const references = new Map<string, string[]>();
  for (const [name, schema] of Object.entries(raw)) {
    const pointer = `#/components/schemas/${name}`;
    checkSchema(schema as SchemaNode, pointer);
    const refs = collectSchemaRefs(schema as SchemaNode, pointer);
    for (const ref of refs) {
      if (!(ref in raw)) throw new Error(`${pointer}: unknown $ref #/components/schemas/${ref}`);
    }
    references.set(name, refs);
  }
  const areasOf = new Map<string, Set<string>>();
  for (const operation of operations) {
    for (const name of reachableSchemas(operationRoots(operation), references)) {
      if (!(name in raw))
        throw new Error(`${operation.pointer}: unknown $ref #/components/schemas/${name}`);
      const areas = areasOf.get(name) ?? new Set<string>();
      areas.add(operation.area);
      areasOf.set(name, areas);
    }
  }
  return Object.keys(raw)
    .sort()
    .map((name) => {
      const areas = [...(areasOf.get(name) ?? [])];
      return {
        name,
        schema: raw[name] as SchemaNode,
        area: areas.length === 1 ? (areas[0] as string) : commonArea,
        references: references.get(name) ?? [],
        typeParameters: parametersOf.get(name) ?? [],
        pointer: `#/components/schemas/${name}`,
      };
    });
}

function operationRoots(operation: OperationIr): string[] {
  const schemas = [
    ...operation.parameters.map((parameter) => parameter.schema),
    ...(operation.requestBody ? [operation.requestBody.schema] : []),
    operation.response.schema,
  ];
  return schemas.flatMap((schema) => collectSchemaRefs(schema, operation.pointer));
}

function reachableSchemas(roots: string[], references: ReadonlyMap<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  for (let name = stack.pop(); name !== undefined; name = stack.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...(references.get(name) ?? []));
  }
  return seen;
}
