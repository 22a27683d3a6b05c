import { StructureKind } from "ts-morph";
import { describe, expect, it } from "vitest";
import type { SchemaIr, SchemaNode } from "../build/ir.js";
import { emitSchemaDeclaration } from "./emit-schema-declaration.js";
import type { TypeScope } from "./type-scope.js";

const scope: TypeScope = {
  recordSchemas: { read: "SavedRecord" },
  parametersOf: new Map([["Base", ["read"]]]),
};
const schemaIr = (schema: SchemaNode, typeParameters: SchemaIr["typeParameters"]): SchemaIr => ({
  name: "Thing",
  schema,
  area: "records",
  references: [],
  typeParameters,
  pointer: "#/components/schemas/Thing",
});

describe("emitSchemaDeclaration", () => {
  it.each<{ name: string; given: SchemaIr; want: Record<string, unknown>; refs: string[] }>([
    {
      name: "a generic interface extending a generic base",
      given: schemaIr(
        {
          allOf: [
            { $ref: "#/components/schemas/Base" },
            {
              type: "object",
              required: ["record"],
              properties: { record: { $ref: "#/components/schemas/SavedRecord" } },
            },
          ],
        },
        ["read"],
      ),
      want: {
        kind: StructureKind.Interface,
        typeParameters: [{ name: "R", constraint: "SavedRecord", default: "SavedRecord" }],
        extends: ["Base<R>"],
      },
      refs: ["Base", "SavedRecord"],
    },
    {
      name: "a generic type alias",
      given: schemaIr({ oneOf: [{ $ref: "#/components/schemas/Base" }, { type: "string" }] }, [
        "read",
      ]),
      want: {
        kind: StructureKind.TypeAlias,
        type: "Base<R> | string",
        typeParameters: [{ name: "R", constraint: "SavedRecord", default: "SavedRecord" }],
      },
      refs: ["Base", "SavedRecord"],
    },
    {
      name: "a plain interface",
      given: schemaIr({ type: "object", properties: { a: { type: "string" } } }, []),
      want: { kind: StructureKind.Interface, typeParameters: [], extends: [] },
      refs: [],
    },
  ])("emits $name", ({ given, want, refs }) => {
    const declaration = emitSchemaDeclaration(given, scope);
    expect(declaration.structure).toMatchObject(want);
    expect([...declaration.refs].sort()).toEqual(refs);
  });
});
