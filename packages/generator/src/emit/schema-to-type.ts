import { fieldCodeRole } from "../build/build-record-types.js";
import type { SchemaNode } from "../build/ir.js";
import { schemaRefName } from "../build/schema-refs.js";
import { buildDocText } from "./print-doc.js";
import { fieldCodeType, referenceType, type TypeScope } from "./type-scope.js";

/** Converts a schema to TypeScript type text, recording the component names it refers to in `refs`. */
export function schemaToType(
  schema: SchemaNode,
  pointer: string,
  refs: Set<string>,
  scope: TypeScope,
): string {
  const base = baseType(schema, pointer, refs, scope);
  const nullable =
    Array.isArray(schema.type) && schema.type.includes("null") && !base.endsWith("| null");
  return nullable && base !== "null" ? `${base} | null` : base;
}

/** Renders an object property key, quoting it when it is not a plain identifier. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function baseType(
  schema: SchemaNode,
  pointer: string,
  refs: Set<string>,
  scope: TypeScope,
): string {
  if (schema.$ref) return referenceType(schemaRefName(schema.$ref, pointer), scope, refs);
  if (schema.const !== undefined) return literal(schema.const, pointer);
  if (schema.enum) return schema.enum.map((value) => literal(value, pointer)).join(" | ");
  const union = schema.oneOf ?? schema.anyOf;
  if (union) {
    const keyword = schema.oneOf ? "oneOf" : "anyOf";
    return union
      .map((member, index) =>
        wrap(schemaToType(member, `${pointer}/${keyword}/${index}`, refs, scope)),
      )
      .join(" | ");
  }
  if (schema.allOf) {
    return schema.allOf
      .map((member, index) => wrap(schemaToType(member, `${pointer}/allOf/${index}`, refs, scope)))
      .join(" & ");
  }
  const types = Array.isArray(schema.type) ? schema.type.filter((name) => name !== "null") : [];
  // `type: [string, integer]` is a union of the same schema read once per type.
  if (types.length > 1) {
    return types
      .map((type) => wrap(singleType({ ...schema, type }, type, pointer, refs, scope)))
      .join(" | ");
  }
  const type = Array.isArray(schema.type) ? (types[0] ?? "null") : schema.type;
  return singleType(schema, type, pointer, refs, scope);
}

function singleType(
  schema: SchemaNode,
  type: string | undefined,
  pointer: string,
  refs: Set<string>,
  scope: TypeScope,
): string {
  switch (type) {
    case "string":
      return stringType(schema, pointer, scope);
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "array":
      return `${wrap(schemaToType(schema.items ?? {}, `${pointer}/items`, refs, scope))}[]`;
    case "object":
    case undefined:
      return schema.properties || schema.additionalProperties !== undefined || type === "object"
        ? objectType(schema, pointer, refs, scope)
        : "unknown";
    default:
      throw new Error(`${pointer}: unsupported schema type ${JSON.stringify(type)}`);
  }
}

function stringType(schema: SchemaNode, pointer: string, scope: TypeScope): string {
  if (schema.format === "binary" || schema.contentMediaType) return "Blob";
  const role = fieldCodeRole(schema, pointer, scope);
  return role ? fieldCodeType(role) : "string";
}

/** One property of an object type. */
export type ObjectMember = {
  name: string;
  type: string;
  optional: boolean;
  doc: string | undefined;
};

/** Converts the properties of an object schema to members, keys quoted where needed. */
export function objectMembers(
  schema: SchemaNode,
  pointer: string,
  refs: Set<string>,
  scope: TypeScope,
): ObjectMember[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name: propertyKey(name),
    type: schemaToType(property, `${pointer}/properties/${name}`, refs, scope),
    optional: !required.has(name),
    doc: buildDocText(property),
  }));
}

/** Renders members as the body lines of a type literal. */
export function printMembers(members: readonly ObjectMember[]): string[] {
  return members.map(
    ({ name, type, optional, doc }) =>
      `${doc ? `/** ${doc} */\n` : ""}${name}${optional ? "?" : ""}: ${type};`,
  );
}

function objectType(
  schema: SchemaNode,
  pointer: string,
  refs: Set<string>,
  scope: TypeScope,
): string {
  const members = printMembers(objectMembers(schema, pointer, refs, scope));
  const extra = schema.additionalProperties;
  const index =
    extra === undefined || extra === true
      ? members.length === 0
        ? "Record<string, unknown>"
        : undefined
      : extra === false
        ? undefined
        : `Record<string, ${schemaToType(extra, `${pointer}/additionalProperties`, refs, scope)}>`;
  if (members.length === 0) return index ?? "Record<string, never>";
  const literalType = `{\n${members.join("\n")}\n}`;
  return index ? `${literalType} & ${index}` : literalType;
}

function literal(value: unknown, pointer: string): string {
  if (value === null || ["string", "number", "boolean"].includes(typeof value))
    return JSON.stringify(value);
  throw new Error(`${pointer}: unsupported enum/const value ${JSON.stringify(value)}`);
}

// Parenthesises a type that has a top-level `|` or `&`, so `[]` or another operator binds to the whole of it.
function wrap(type: string): string {
  let depth = 0;
  let quote: string | undefined;
  for (const char of type) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"') quote = char;
    else if ("{(<[".includes(char)) depth++;
    else if ("})>]".includes(char)) depth--;
    else if (depth === 0 && (char === "|" || char === "&")) return `(${type})`;
  }
  return type;
}
