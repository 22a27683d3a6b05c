import type { OperationIr, SchemaNode } from "../build/ir.js";
import { schemaRefName } from "../build/schema-refs.js";
import {
  buildInterface,
  type EmittedDeclaration,
  emitSchemaDeclaration,
} from "./emit-schema-declaration.js";
import { buildDocText } from "./print-doc.js";
import { propertyKey, schemaToType } from "./schema-to-type.js";

/** Emits the named request and response types of an operation, unless the spec already names them so. */
export function emitOperationTypes(operation: OperationIr): EmittedDeclaration[] {
  if (operation.previewOf) return [];
  const title = `${operation.method} ${operation.path}`;
  return [
    emitRequest(operation, title),
    ...(operation.response.kind === "json"
      ? [
          emitAlias(
            operation.responseTypeName,
            operation.response.schema,
            `Response of ${title}.`,
            `${operation.pointer}/responses/200`,
          ),
        ]
      : []),
  ].filter((declaration): declaration is EmittedDeclaration => declaration !== undefined);
}

function emitRequest(operation: OperationIr, title: string): EmittedDeclaration | undefined {
  const { parameters, requestBody, pointer } = operation;
  if (parameters.length > 0 && requestBody) {
    throw new Error(
      `${pointer}: unsupported: both parameters and a request body (kintone takes one or the other)`,
    );
  }
  if (requestBody)
    return emitAlias(
      operation.requestTypeName,
      requestBody.schema,
      `Request of ${title}.`,
      `${pointer}/requestBody`,
    );
  const refs = new Set<string>();
  const members = parameters.map((parameter) => ({
    name: propertyKey(parameter.name),
    type: schemaToType(parameter.schema, `${parameter.pointer}/schema`, refs),
    optional: !parameter.required,
    doc: buildDocText(parameter.schema, parameter.description),
  }));
  return {
    structure: buildInterface(operation.requestTypeName, [`Parameters of ${title}.`], [], members),
    refs,
  };
}

// A body that is exactly `$ref: <Name>` where Name is the wanted type name needs no declaration of its own;
// any other body is declared under the wanted name like a component schema (an interface where it can be).
function emitAlias(
  name: string,
  schema: SchemaNode,
  doc: string,
  pointer: string,
): EmittedDeclaration | undefined {
  if (schema.$ref && schemaRefName(schema.$ref, pointer) === name) return undefined;
  const declaration = emitSchemaDeclaration({
    name,
    schema,
    area: "",
    references: [],
    pointer: `${pointer}/schema`,
  });
  return { ...declaration, structure: { ...declaration.structure, docs: [doc] } };
}
