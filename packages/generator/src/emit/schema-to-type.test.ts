import { describe, expect, it } from "vitest";
import type { SchemaNode } from "../build/ir.js";
import { schemaToType } from "./schema-to-type.js";
import type { TypeScope } from "./type-scope.js";

// No record types: every name prints as itself.
const plainScope: TypeScope = { recordSchemas: {}, parametersOf: new Map() };

const render = (schema: SchemaNode, scope: TypeScope = plainScope) => {
  const refs = new Set<string>();
  return {
    type: schemaToType(schema, "#/x", refs, scope).replace(/\s+/g, " "),
    refs: [...refs],
  };
};
const recordScope: TypeScope = {
  recordSchemas: { read: "SavedRecord", write: "RecordForWrite" },
  parametersOf: new Map([
    ["Entry", ["read", "write"]],
    ["Plain", []],
  ]),
};

describe("schemaToType", () => {
  it.each<{ given: SchemaNode; want: string; refs?: string[] }>([
    { given: { type: "string" }, want: "string" },
    { given: { type: "integer" }, want: "number" },
    { given: { type: ["string", "null"] }, want: "string | null" },
    { given: { type: ["string", "integer"] }, want: "string | number" },
    { given: { type: ["string", "number", "null"] }, want: "string | number | null" },
    {
      given: { type: ["array", "null"], items: { type: "string" } },
      want: "string[] | null",
    },
    { given: { type: "string", enum: ["ASC", "DESC"] }, want: '"ASC" | "DESC"' },
    { given: { const: "DROP_DOWN" }, want: '"DROP_DOWN"' },
    { given: { type: "array", items: { type: "string" } }, want: "string[]" },
    {
      given: { type: "array", items: { oneOf: [{ type: "string" }, { type: "integer" }] } },
      want: "(string | number)[]",
    },
    {
      given: { $ref: "#/components/schemas/SavedRecord" },
      want: "SavedRecord",
      refs: ["SavedRecord"],
    },
    {
      given: { type: "object", additionalProperties: { type: "string" } },
      want: "Record<string, string>",
    },
    { given: { type: "object" }, want: "Record<string, unknown>" },
    {
      given: { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
      want: "{ a: string; }",
    },
    {
      given: { type: "object", properties: { "records[0]": { type: "string" } } },
      want: '{ "records[0]"?: string; }',
    },
    { given: { type: "string", format: "binary" }, want: "Blob" },
    {
      given: { allOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }] },
      want: "A & B",
      refs: ["A", "B"],
    },
    { given: {}, want: "unknown" },
  ])("$want", ({ given, want, refs = [] }) => {
    expect(render(given)).toEqual({ type: want, refs });
  });

  it.each<{ given: SchemaNode; want: string; refs?: string[] }>([
    { given: { $ref: "#/components/schemas/SavedRecord" }, want: "R" },
    {
      given: { type: "array", items: { $ref: "#/components/schemas/RecordForWrite" } },
      want: "W[]",
    },
    { given: { $ref: "#/components/schemas/Entry" }, want: "Entry<R, W>", refs: ["Entry"] },
    { given: { $ref: "#/components/schemas/Plain" }, want: "Plain", refs: ["Plain"] },
    { given: { type: "string", "x-kintone-field-code": "read" }, want: "keyof R & string" },
    {
      given: { type: "array", items: { type: "string", "x-kintone-field-code": "write" } },
      want: "(keyof W & string)[]",
    },
  ])("prints records as type parameters: $want", ({ given, want, refs = [] }) => {
    expect(render(given, recordScope)).toEqual({ type: want, refs });
  });

  it("escapes comment closers in property docs", () => {
    expect(
      render({ type: "object", properties: { a: { type: "string", description: "ends */ here" } } })
        .type,
    ).toContain("ends *\\/ here");
  });

  it.each([
    [{ $ref: "#/components/parameters/Id" }, /#\/x: unsupported \$ref/],
    [{ type: "file" }, /#\/x: unsupported schema type "file"/],
    [{ enum: [{ a: 1 }] }, /#\/x: unsupported enum\/const value/],
  ])("fails naming the location for %o", (given, message) => {
    expect(() => render(given as SchemaNode)).toThrow(message);
  });
});
