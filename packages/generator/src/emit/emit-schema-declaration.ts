import type {
  InterfaceDeclarationStructure,
  OptionalKind,
  TypeAliasDeclarationStructure,
  TypeParameterDeclarationStructure,
} from "ts-morph";
import { StructureKind } from "ts-morph";
import type { SchemaIr, SchemaNode } from "../build/ir.js";
import { schemaRefName } from "../build/schema-refs.js";
import { buildDocText } from "./print-doc.js";
import { type ObjectMember, objectMembers, schemaToType } from "./schema-to-type.js";
import { referenceType, type TypeScope, typeParameters } from "./type-scope.js";

/** A declaration for one output file, with the type names it refers to. */
export type EmittedDeclaration = {
  structure: InterfaceDeclarationStructure | TypeAliasDeclarationStructure;
  refs: Set<string>;
};

/** Emits a component schema as an interface when it is an object (extending its allOf `$ref`s), else as a type alias; generic over its record roles. */
export function emitSchemaDeclaration(schema: SchemaIr, scope: TypeScope): EmittedDeclaration {
  const refs = new Set<string>();
  const docs = docsOf(schema.schema);
  const parameters = typeParameters(schema.typeParameters, scope, refs);
  const shape = interfaceShape(schema.schema, schema.pointer);
  if (shape) {
    const extendsTypes = shape.extends.map((name) => referenceType(name, scope, refs));
    const members = shape.bodies.flatMap((body) =>
      objectMembers(body, schema.pointer, refs, scope),
    );
    return {
      structure: buildInterface(schema.name, docs, extendsTypes, members, parameters),
      refs,
    };
  }
  const type = schemaToType(schema.schema, schema.pointer, refs, scope);
  return {
    structure: {
      kind: StructureKind.TypeAlias,
      name: schema.name,
      isExported: true,
      docs,
      typeParameters: parameters,
      type,
    },
    refs,
  };
}

/** Builds an exported interface structure from members. */
export function buildInterface(
  name: string,
  docs: string[],
  extendsTypes: string[],
  members: readonly ObjectMember[],
  parameters: OptionalKind<TypeParameterDeclarationStructure>[],
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs,
    typeParameters: parameters,
    extends: extendsTypes,
    properties: members.map((member) => ({
      kind: StructureKind.PropertySignature,
      name: member.name,
      type: member.type,
      hasQuestionToken: member.optional,
      docs: member.doc ? [member.doc] : [],
    })),
  };
}

type InterfaceShape = { extends: string[]; bodies: SchemaNode[] };

// An object schema, or an allOf of `$ref`s plus at most one object, reads best as an interface.
function interfaceShape(schema: SchemaNode, pointer: string): InterfaceShape | undefined {
  if (schema.allOf) {
    const refs = schema.allOf.filter((member) => member.$ref);
    const bodies = schema.allOf.filter((member) => !member.$ref);
    if (bodies.length > 1 || !bodies.every(isPlainObject)) return undefined;
    return { extends: refs.map((member) => schemaRefName(member.$ref as string, pointer)), bodies };
  }
  return isPlainObject(schema) && schema.properties ? { extends: [], bodies: [schema] } : undefined;
}

function isPlainObject(schema: SchemaNode): boolean {
  const nullable = Array.isArray(schema.type) && schema.type.includes("null");
  return (
    (schema.type === "object" || (schema.type === undefined && schema.properties !== undefined)) &&
    !nullable &&
    !schema.oneOf &&
    !schema.anyOf &&
    (schema.additionalProperties === undefined || schema.additionalProperties === false)
  );
}

function docsOf(schema: SchemaNode): string[] {
  const text = buildDocText(schema);
  return text ? [text] : [];
}
