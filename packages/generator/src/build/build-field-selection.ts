import type { BundleDocument } from "../load/load-bundle.js";
import { fieldCodeRole, type RecordTypes } from "./build-record-types.js";
import type { FieldSelection, OperationIr, ParameterIr, SchemaNode } from "./ir.js";
import { schemaRefName } from "./schema-refs.js";

/** Finds the request member (a parameter, or a property of the body) listing field codes; fails when there are several. */
export function buildFieldSelection(
  document: BundleDocument,
  parameters: readonly ParameterIr[],
  requestBody: OperationIr["requestBody"],
  pointer: string,
  types: RecordTypes,
): FieldSelection | undefined {
  const body = requestBody && resolveSchema(document, requestBody.schema, `${pointer}/requestBody`);
  const members = [
    ...parameters.map((parameter) => ({
      name: parameter.name,
      schema: parameter.schema,
      at: `${parameter.pointer}/schema`,
    })),
    ...Object.entries(body?.schema.properties ?? {}).map(([name, schema]) => ({
      name,
      schema,
      at: `${body?.pointer}/properties/${name}`,
    })),
  ];
  const selections = members.flatMap(({ name, schema, at }) => {
    const role =
      schema.type === "array" && schema.items
        ? fieldCodeRole(schema.items, `${at}/items`, types)
        : undefined;
    return role ? [{ member: name, role }] : [];
  });
  if (selections.length > 1)
    throw new Error(
      `${pointer}: more than one request member lists field codes (${selections.map((selection) => selection.member).join(", ")})`,
    );
  return selections[0];
}

// Follows a body's `$ref` to its component; an unknown name is reported later, with the other unknown refs.
function resolveSchema(
  document: BundleDocument,
  schema: SchemaNode,
  pointer: string,
): { schema: SchemaNode; pointer: string } | undefined {
  if (!schema.$ref) return { schema, pointer };
  const name = schemaRefName(schema.$ref, pointer);
  const resolved = document.components?.schemas?.[name];
  return resolved
    ? { schema: resolved as SchemaNode, pointer: `#/components/schemas/${name}` }
    : undefined;
}
