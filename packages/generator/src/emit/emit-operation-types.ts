import type { OperationIr, RecordRole, SchemaNode } from "../build/ir.js";
import { schemaRefName } from "../build/schema-refs.js";
import {
  buildInterface,
  type EmittedDeclaration,
  emitSchemaDeclaration,
} from "./emit-schema-declaration.js";
import { buildDocText } from "./print-doc.js";
import { propertyKey, schemaToType } from "./schema-to-type.js";
import { type TypeScope, typeParameters } from "./type-scope.js";

/** Emits the named request and response types of an operation, unless the spec already names them so. */
export function emitOperationTypes(operation: OperationIr, scope: TypeScope): EmittedDeclaration[] {
  if (operation.previewOf) return [];
  const title = `${operation.method} ${operation.path}`;
  return [
    emitRequest(operation, title, scope),
    ...(operation.response.kind === "json"
      ? [
          emitAlias(
            {
              name: operation.responseTypeName,
              schema: operation.response.schema,
              typeParameters: operation.responseTypeParameters,
              pointer: `${operation.pointer}/responses/200`,
            },
            `Response of ${title}.`,
            scope,
          ),
        ]
      : []),
  ].filter((declaration): declaration is EmittedDeclaration => declaration !== undefined);
}

function emitRequest(
  operation: OperationIr,
  title: string,
  scope: TypeScope,
): EmittedDeclaration | undefined {
  const { parameters, requestBody, pointer } = operation;
  if (parameters.length > 0 && requestBody) {
    throw new Error(
      `${pointer}: unsupported: both parameters and a request body (kintone takes one or the other)`,
    );
  }
  if (requestBody)
    return emitAlias(
      {
        name: operation.requestTypeName,
        schema: requestBody.schema,
        typeParameters: operation.requestTypeParameters,
        pointer: `${pointer}/requestBody`,
      },
      `Request of ${title}.`,
      scope,
    );
  const refs = new Set<string>();
  const members = parameters.map((parameter) => ({
    name: propertyKey(parameter.name),
    type: schemaToType(parameter.schema, `${parameter.pointer}/schema`, refs, scope),
    optional: !parameter.required,
    doc: buildDocText(parameter.schema, parameter.description),
  }));
  const parametersOfType = typeParameters(operation.requestTypeParameters, scope, refs);
  return {
    structure: buildInterface(
      operation.requestTypeName,
      [`Parameters of ${title}.`],
      [],
      members,
      parametersOfType,
    ),
    refs,
  };
}

type Body = { name: string; schema: SchemaNode; typeParameters: RecordRole[]; pointer: string };

// A body that is exactly `$ref: <Name>` where Name is the wanted type name needs no declaration of its own;
// any other body is declared under the wanted name like a component schema (an interface where it can be).
function emitAlias(body: Body, doc: string, scope: TypeScope): EmittedDeclaration | undefined {
  const { name, schema, pointer } = body;
  if (schema.$ref && schemaRefName(schema.$ref, pointer) === name) return undefined;
  const declaration = emitSchemaDeclaration(
    {
      name,
      schema,
      area: "",
      references: [],
      typeParameters: body.typeParameters,
      pointer: `${pointer}/schema`,
    },
    scope,
  );
  return { ...declaration, structure: { ...declaration.structure, docs: [doc] } };
}
