import type { InterfaceDeclarationStructure } from "ts-morph";
import { describe, expect, it } from "vitest";
import { buildIr } from "../build/build-ir.js";
import type { HttpMethod } from "../build/ir.js";
import type { BundleDocument } from "../load/load-bundle.js";
import { emitClientMethods } from "./emit-client-methods.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const fieldCodes = { type: "array", items: { type: "string", "x-kintone-field-code": "read" } };
const operation = (method: string, extra: Record<string, unknown>) => ({
  operationId: method,
  "x-kintone-method": `app.${method}`,
  tags: ["apps"],
  summary: "s",
  description: "d",
  responses: { "200": json({ type: "object" }) },
  ...extra,
});
const document = (paths: BundleDocument["paths"]): BundleDocument =>
  ({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    "x-tagGroups": [{ name: "Apps", tags: ["apps"] }],
    paths,
    components: {
      schemas: {
        Saved: { type: "object", "x-kintone-record-type": "read" },
        Page: { type: "object", properties: { records: { type: "array", items: ref("Saved") } } },
        Cursor: { type: "object", properties: { fields: fieldCodes } },
      },
    },
  }) as BundleDocument;

// The methods of `client.app`, as printed signatures with their docs.
const appMethods = (paths: BundleDocument["paths"]) => {
  const [, , app] = emitClientMethods(buildIr(document(paths))).statements as [
    unknown,
    unknown,
    InterfaceDeclarationStructure,
  ];
  return (app.methods ?? []).map((method) => ({
    doc: String(method.docs?.[0]),
    typeParameters: (method.typeParameters ?? []).map((parameter) =>
      typeof parameter === "string" ? parameter : parameter.name,
    ),
    params: method.parameters?.[0]?.type,
    returns: method.returnType,
  }));
};

describe("emitClientMethods", () => {
  it.each<[HttpMethod, string]>([
    ["GET", "to read the app's pre-live (preview) settings instead of the live ones."],
    ["POST", "to add to the app's pre-live (preview) settings; they go live when"],
    ["PUT", "to change the app's pre-live (preview) settings; they go live when"],
    ["DELETE", "to delete from the app's pre-live (preview) settings; the change goes live"],
  ])("words the preview option of a %s method for what it does", (method, want) => {
    const key = method.toLowerCase();
    const [live] = appMethods({
      "/k/v1/app/thing.json": { [key]: operation("thing", {}) },
      "/k/v1/preview/app/thing.json": {
        [key]: operation("thingPreview", {
          "x-kintone-method": "app.thing",
          "x-kintone-preview-of": "thing",
        }),
      },
    });
    expect(live?.doc).toContain(`Pass \`{ preview: true }\` ${want}`);
  });

  it("puts an overload narrowing records to the listed fields first", () => {
    const methods = appMethods({
      "/k/v1/app/records.json": {
        get: operation("getPage", {
          parameters: [{ name: "fields", in: "query", schema: fieldCodes }],
          responses: { "200": json(ref("Page")) },
        }),
      },
    });
    expect(methods).toMatchObject([
      {
        typeParameters: ["R", "F"],
        params: "GetPageRequest<Pick<R, F>> & { fields: F[] }",
        returns: "Promise<GetPageResponse<Pick<R, F>>>",
      },
      {
        typeParameters: ["R"],
        params: "GetPageRequest<R>",
        returns: "Promise<GetPageResponse<R>>",
      },
    ]);
    expect(methods[0]?.doc).toContain("Listing `fields` narrows each record to those fields");
  });

  it("adds no narrowing overload when the response holds no records", () => {
    const methods = appMethods({
      "/k/v1/app/cursor.json": {
        post: operation("createThing", { requestBody: json(ref("Cursor")) }),
      },
    });
    expect(methods).toMatchObject([
      {
        typeParameters: ["R"],
        params: "CreateThingRequest<R>",
        returns: "Promise<CreateThingResponse>",
      },
    ]);
  });
});
