import { describe, expect, it } from "vitest";
import type { BundleDocument } from "../load/load-bundle.js";
import { buildIr } from "./build-ir.js";
import type { OperationIr } from "./ir.js";

const ok = { "200": { content: { "application/json": { schema: { type: "object" } } } } };
const operation = (extra: Record<string, unknown> = {}) => ({
  operationId: "getThing",
  "x-kintone-method": "app.getThing",
  tags: ["apps"],
  summary: "s",
  description: "d",
  responses: ok,
  ...extra,
});
const spec = (
  paths: BundleDocument["paths"],
  schemas: Record<string, unknown> = {},
): BundleDocument =>
  ({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    "x-tagGroups": [{ name: "Apps", tags: ["apps"] }],
    paths,
    components: { schemas },
  }) as BundleDocument;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const fieldCodes = { type: "array", items: { type: "string", "x-kintone-field-code": "read" } };
const recordSchemas = {
  Saved: { type: "object", "x-kintone-record-type": "read" },
  Write: { type: "object", "x-kintone-record-type": "write" },
  Page: { type: "object", properties: { records: { type: "array", items: ref("Saved") } } },
  Cursor: { type: "object", properties: { app: { type: "integer" }, fields: fieldCodes } },
  Add: { type: "object", properties: { record: ref("Write") } },
};

describe("buildIr", () => {
  it("names types and methods from the operation", () => {
    const [op] = buildIr(spec({ "/k/v1/thing.json": { get: operation() } })).operations;
    expect(op).toMatchObject({
      group: "app",
      methodName: "getThing",
      area: "apps",
      requestTypeName: "GetThingRequest",
      responseTypeName: "GetThingResponse",
    });
  });

  it.each<{ name: string; given: Record<string, unknown>; want: Partial<OperationIr> }>([
    {
      name: "a field-code parameter and a response with records",
      given: {
        parameters: [{ name: "fields", in: "query", schema: fieldCodes }],
        responses: { "200": json(ref("Page")) },
      },
      want: {
        requestTypeParameters: ["read"],
        responseTypeParameters: ["read"],
        fieldSelection: { member: "fields", role: "read" },
      },
    },
    {
      name: "a body property listing field codes",
      given: { requestBody: json(ref("Cursor")) },
      want: {
        requestTypeParameters: ["read"],
        responseTypeParameters: [],
        fieldSelection: { member: "fields", role: "read" },
      },
    },
    {
      name: "a body holding a write record",
      given: { requestBody: json(ref("Add")) },
      want: {
        requestTypeParameters: ["write"],
        responseTypeParameters: [],
        fieldSelection: undefined,
      },
    },
    {
      name: "a binary response",
      given: { responses: { "200": { content: { "*/*": { schema: ref("Page") } } } } },
      want: { responseTypeParameters: [] },
    },
  ])("types $name with record type parameters", ({ given, want }) => {
    const document = spec({ "/k/v1/thing.json": { post: operation(given) } }, recordSchemas);
    expect(buildIr(document).operations[0]).toMatchObject(want);
  });

  it.each<[string, BundleDocument, RegExp]>([
    [
      "a missing operationId",
      spec({ "/k/v1/a.json": { get: operation({ operationId: undefined }) } }),
      /#\/paths\/~1k~1v1~1a.json\/get: missing operationId/,
    ],
    [
      "an unknown $ref",
      spec({
        "/k/v1/a.json": {
          get: operation({
            responses: {
              "200": {
                content: { "application/json": { schema: { $ref: "#/components/schemas/Nope" } } },
              },
            },
          }),
        },
      }),
      /unknown \$ref #\/components\/schemas\/Nope/,
    ],
    [
      "a duplicate client method",
      spec({
        "/k/v1/a.json": { get: operation() },
        "/k/v1/b.json": { get: operation({ operationId: "getOther" }) },
      }),
      /duplicate client method app.getThing: #\/paths\/~1k~1v1~1a.json\/get and #\/paths\/~1k~1v1~1b.json\/get/,
    ],
    [
      "an unsupported construct",
      spec({ "/k/v1/a.json": { get: operation() } }, { Bad: { not: { type: "string" } } }),
      /#\/components\/schemas\/Bad: unsupported schema construct "not"/,
    ],
    [
      "a tag outside x-tagGroups",
      spec({ "/k/v1/a.json": { get: operation({ tags: ["other"] }) } }),
      /tag "other" belongs to no x-tagGroups entry/,
    ],
    [
      "a preview twin of an unknown operation",
      spec({
        "/k/v1/preview/a.json": { get: operation({ "x-kintone-preview-of": "getMissing" }) },
      }),
      /x-kintone-preview-of names unknown operation getMissing/,
    ],
    [
      "two field-code lists in one request",
      spec(
        {
          "/k/v1/a.json": {
            get: operation({
              parameters: [
                { name: "fields", in: "query", schema: fieldCodes },
                { name: "more", in: "query", schema: fieldCodes },
              ],
            }),
          },
        },
        recordSchemas,
      ),
      /#\/paths\/~1k~1v1~1a.json\/get: more than one request member lists field codes \(fields, more\)/,
    ],
  ])("fails on %s, naming the spec location", (_, given, message) => {
    expect(() => buildIr(given)).toThrow(message);
  });
});
