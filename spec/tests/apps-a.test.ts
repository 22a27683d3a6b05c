import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createSchemaValidator } from "../src/create-schema-validator.js";
import { findOperation, listOperations, loadBundle } from "./load-bundle.js";

// Apps area, part A (issue 4): apps, deployment, moving, usage statistics, form fields, form
// layout, the legacy form API, views and app plug-ins, checked against the committed bundles.
const canonical = loadBundle("openapi.yaml");
const withGuest = loadBundle("openapi.with-guest.yaml");
const validate = createSchemaValidator(canonical);
const schemas = canonical.components.schemas as Record<string, any>;
const schema = (name: string) => `#/components/schemas/${name}`;
const refName = (node: { $ref?: string } | undefined) =>
  node?.$ref?.replace("#/components/schemas/", "");
const paramsOf = (operation: Record<string, any>) =>
  (operation.parameters ?? []).map((p: any) =>
    p.$ref ? canonical.components.parameters[p.$ref.split("/").pop()] : p,
  );

type Auth = "ApiToken" | "Password" | "Session" | "OAuth2";
const tokenUserSession: Auth[] = ["ApiToken", "Password", "Session"];
const all: Auth[] = [...tokenUserSession, "OAuth2"];
const userSession: Auth[] = ["Password", "Session"];
const read = "k:app_settings:read";
const write = "k:app_settings:write";

type Expected = {
  method: string;
  path: string;
  operationId: string;
  clientMethod: string;
  tag: string;
  guest: boolean;
  auth: Auth[];
  scope?: string;
  previewOf?: string;
  deprecated?: true;
};

const operations: Expected[] = [
  {
    method: "GET",
    path: "/k/v1/app.json",
    operationId: "getApp",
    clientMethod: "app.getApp",
    tag: "apps",
    guest: true,
    auth: all,
    scope: read,
  },
  {
    method: "GET",
    path: "/k/v1/apps.json",
    operationId: "getApps",
    clientMethod: "app.getApps",
    tag: "apps",
    guest: true,
    auth: [...userSession, "OAuth2"],
    scope: read,
  },
  {
    method: "POST",
    path: "/k/v1/preview/app.json",
    operationId: "addApp",
    clientMethod: "app.addApp",
    tag: "apps",
    guest: true,
    auth: [...userSession, "OAuth2"],
    scope: write,
  },
  {
    method: "POST",
    path: "/k/v1/preview/app/deploy.json",
    operationId: "deployApp",
    clientMethod: "app.deployApp",
    tag: "apps",
    guest: true,
    auth: all,
    scope: write,
  },
  {
    method: "GET",
    path: "/k/v1/preview/app/deploy.json",
    operationId: "getDeployStatus",
    clientMethod: "app.getDeployStatus",
    tag: "apps",
    guest: true,
    auth: all,
    scope: read,
  },
  {
    method: "POST",
    path: "/k/v1/app/move.json",
    operationId: "moveApp",
    clientMethod: "app.move",
    tag: "apps",
    guest: false,
    auth: userSession,
  },
  {
    method: "GET",
    path: "/k/v1/apps/statistics.json",
    operationId: "getAppsStatistics",
    clientMethod: "app.getStatistics",
    tag: "apps",
    guest: false,
    auth: userSession,
  },
  {
    method: "GET",
    path: "/k/v1/app/form/fields.json",
    operationId: "getFormFields",
    clientMethod: "app.getFormFields",
    tag: "form",
    guest: true,
    auth: all,
    scope: read,
  },
  {
    method: "GET",
    path: "/k/v1/preview/app/form/fields.json",
    operationId: "getFormFieldsPreview",
    clientMethod: "app.getFormFields",
    tag: "form",
    guest: true,
    auth: all,
    scope: read,
    previewOf: "getFormFields",
  },
  {
    method: "POST",
    path: "/k/v1/preview/app/form/fields.json",
    operationId: "addFormFields",
    clientMethod: "app.addFormFields",
    tag: "form",
    guest: true,
    auth: all,
    scope: write,
  },
  {
    method: "PUT",
    path: "/k/v1/preview/app/form/fields.json",
    operationId: "updateFormFields",
    clientMethod: "app.updateFormFields",
    tag: "form",
    guest: true,
    auth: all,
    scope: write,
  },
  {
    method: "DELETE",
    path: "/k/v1/preview/app/form/fields.json",
    operationId: "deleteFormFields",
    clientMethod: "app.deleteFormFields",
    tag: "form",
    guest: true,
    auth: all,
    scope: write,
  },
  {
    method: "GET",
    path: "/k/v1/app/form/layout.json",
    operationId: "getFormLayout",
    clientMethod: "app.getFormLayout",
    tag: "form",
    guest: true,
    auth: all,
    scope: read,
  },
  {
    method: "GET",
    path: "/k/v1/preview/app/form/layout.json",
    operationId: "getFormLayoutPreview",
    clientMethod: "app.getFormLayout",
    tag: "form",
    guest: true,
    auth: all,
    scope: read,
    previewOf: "getFormLayout",
  },
  {
    method: "PUT",
    path: "/k/v1/preview/app/form/layout.json",
    operationId: "updateFormLayout",
    clientMethod: "app.updateFormLayout",
    tag: "form",
    guest: true,
    auth: all,
    scope: write,
  },
  {
    method: "GET",
    path: "/k/v1/form.json",
    operationId: "getForm",
    clientMethod: "app.getForm",
    tag: "form",
    guest: true,
    auth: all,
    scope: read,
    deprecated: true,
  },
  {
    method: "GET",
    path: "/k/v1/preview/form.json",
    operationId: "getFormPreview",
    clientMethod: "app.getForm",
    tag: "form",
    guest: true,
    auth: all,
    scope: read,
    previewOf: "getForm",
    deprecated: true,
  },
  {
    method: "GET",
    path: "/k/v1/app/views.json",
    operationId: "getViews",
    clientMethod: "app.getViews",
    tag: "views",
    guest: true,
    auth: all,
    scope: read,
  },
  {
    method: "GET",
    path: "/k/v1/preview/app/views.json",
    operationId: "getViewsPreview",
    clientMethod: "app.getViews",
    tag: "views",
    guest: true,
    auth: all,
    scope: read,
    previewOf: "getViews",
  },
  {
    method: "PUT",
    path: "/k/v1/preview/app/views.json",
    operationId: "updateViews",
    clientMethod: "app.updateViews",
    tag: "views",
    guest: true,
    auth: all,
    scope: write,
  },
  {
    method: "GET",
    path: "/k/v1/app/plugins.json",
    operationId: "getAppPlugins",
    clientMethod: "app.getPlugins",
    tag: "app-plugins",
    guest: true,
    auth: tokenUserSession,
  },
  {
    method: "GET",
    path: "/k/v1/preview/app/plugins.json",
    operationId: "getAppPluginsPreview",
    clientMethod: "app.getPlugins",
    tag: "app-plugins",
    guest: true,
    auth: tokenUserSession,
    previewOf: "getAppPlugins",
  },
  {
    method: "POST",
    path: "/k/v1/preview/app/plugins.json",
    operationId: "addAppPlugins",
    clientMethod: "app.addPlugins",
    tag: "app-plugins",
    guest: true,
    auth: tokenUserSession,
  },
];

const opById = new Map(
  listOperations(canonical).map((entry) => [entry.operation.operationId, entry] as const),
);
const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
const bodySchema = (operation: Record<string, any>) =>
  refName(operation.requestBody?.content?.["application/json"]?.schema);
const okSchema = (operation: Record<string, any>) =>
  refName(operation.responses["200"].content["application/json"].schema);

describe("apps area (part A) operations", () => {
  it("describes exactly the 23 operations of the area", () => {
    expect(operations).toHaveLength(23);
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(23);
  });

  describe.each(operations)("$method $path", (expected) => {
    const operation = findOperation(canonical, expected.method, expected.path) ?? {};

    it("has its operationId, client method, tag and guest flag", () => {
      expect(operation.operationId).toBe(expected.operationId);
      expect(operation["x-kintone-method"]).toBe(expected.clientMethod);
      expect(operation.tags).toEqual([expected.tag]);
      expect(operation["x-kintone-guest"]).toBe(expected.guest);
      expect(operation.deprecated).toBe(expected.deprecated);
    });

    it("accepts exactly the documented auth kinds and OAuth scope", () => {
      const alternatives = (operation.security as Record<string, string[]>[]).map((entry) => {
        expect(Object.keys(entry)).toHaveLength(1);
        return Object.keys(entry)[0];
      });
      expect(alternatives.sort()).toEqual([...expected.auth].sort());
      const oauth = operation.security.find((entry: Record<string, string[]>) => entry.OAuth2);
      expect(oauth?.OAuth2).toEqual(expected.scope ? [expected.scope] : undefined);
    });

    it("marks GETs for X-HTTP-Method-Override and gives writes a JSON body", () => {
      if (expected.method === "GET") {
        expect(operation["x-kintone-method-override"]).toBe(true);
        expect(operation.requestBody).toBeUndefined();
      } else {
        expect(operation["x-kintone-method-override"]).toBeUndefined();
        expect(operation.requestBody.required).toBe(true);
        expect(Object.keys(operation.requestBody.content)).toEqual(["application/json"]);
      }
    });

    it("names its schemas after the operation, or shares its live twin's", () => {
      const twin = expected.previewOf ? opById.get(expected.previewOf)?.operation : undefined;
      if (expected.previewOf) {
        expect(operation["x-kintone-preview-of"]).toBe(expected.previewOf);
        expect(twin?.["x-kintone-method"]).toBe(expected.clientMethod);
        expect(okSchema(operation)).toBe(okSchema(twin ?? {}));
        expect(paramsOf(operation)).toEqual(paramsOf(twin ?? {}));
      } else {
        expect(operation["x-kintone-preview-of"]).toBeUndefined();
        expect(okSchema(operation)).toBe(`${pascal(expected.operationId)}Response`);
        if (expected.method !== "GET")
          expect(bodySchema(operation)).toBe(`${pascal(expected.operationId)}Request`);
      }
    });

    it("is copied into the guest bundle exactly when kintone serves it in guest spaces", () => {
      const guestPath = expected.path.replace(/^\/k\/v1\//, "/k/guest/{guestSpaceId}/v1/");
      const copy = withGuest.paths[guestPath]?.[expected.method.toLowerCase()];
      if (expected.guest) {
        expect(copy?.operationId).toBe(`${expected.operationId}InGuestSpace`);
        expect(copy?.["x-kintone-guest-of"]).toBe(expected.operationId);
      } else {
        expect(copy).toBeUndefined();
      }
    });
  });

  it("declares every path of the area with exactly its methods", () => {
    const byPath = new Map<string, string[]>();
    for (const { path, method } of operations)
      byPath.set(path, [...(byPath.get(path) ?? []), method.toLowerCase()]);
    for (const [path, methods] of byPath) {
      const item = canonical.paths[path] as Record<string, unknown>;
      const declared = Object.keys(item).filter((key) =>
        ["get", "post", "put", "delete", "patch"].includes(key),
      );
      expect(declared.sort(), path).toEqual(methods.sort());
    }
  });

  it("serves Add Plug-ins only under /preview/, unlike the seed list", () => {
    expect(findOperation(canonical, "POST", "/k/v1/app/plugins.json")).toBeUndefined();
    expect(findOperation(canonical, "POST", "/k/v1/preview/app/plugins.json")).toBeDefined();
  });
});

describe("apps, deployment and statistics", () => {
  it("limits Get Apps filters to 100 values and paging to the documented ranges", () => {
    const params = Object.fromEntries(
      paramsOf(findOperation(canonical, "GET", "/k/v1/apps.json") ?? {}).map((p: any) => [
        p.name,
        p,
      ]),
    );
    expect(Object.keys(params).sort()).toEqual([
      "codes",
      "ids",
      "limit",
      "name",
      "offset",
      "spaceIds",
    ]);
    for (const name of ["ids", "codes", "spaceIds"]) {
      expect(params[name].schema.type).toBe("array");
      expect(params[name].schema.maxItems).toBe(100);
    }
    expect(params.codes.schema.items.maxLength).toBe(64);
    expect(params.name.schema.maxLength).toBe(64);
    expect(params.limit.schema).toMatchObject({ minimum: 1, maximum: 100, default: 100 });
    expect(params.offset.schema).toMatchObject({ minimum: 0, maximum: 2147483647, default: 0 });
    expect(schemas.GetAppsResponse.properties.apps.maxItems).toBe(100);
  });

  it("deploys and polls at most 300 apps and knows the four deploy statuses", () => {
    expect(schemas.DeployAppRequest.properties.apps.maxItems).toBe(300);
    const statusParam = paramsOf(
      findOperation(canonical, "GET", "/k/v1/preview/app/deploy.json") ?? {},
    )[0];
    expect(statusParam).toMatchObject({ name: "apps", required: true });
    expect(statusParam.schema.maxItems).toBe(300);
    expect(schemas.AppDeployStatus.properties.status.enum.sort()).toEqual([
      "CANCEL",
      "FAIL",
      "PROCESSING",
      "SUCCESS",
    ]);
  });

  it.each<{ name: string; target: string; value: unknown; valid: boolean }>([
    {
      name: "a deploy of 300 apps",
      target: "DeployAppRequest",
      value: { apps: Array.from({ length: 300 }, (_, i) => ({ app: i + 1 })) },
      valid: true,
    },
    {
      name: "a deploy of 301 apps",
      target: "DeployAppRequest",
      value: { apps: Array.from({ length: 301 }, (_, i) => ({ app: i + 1 })) },
      valid: false,
    },
    {
      name: "a revert without apps",
      target: "DeployAppRequest",
      value: { revert: true },
      valid: false,
    },
    {
      name: "a revert given as a string",
      target: "DeployAppRequest",
      value: { apps: [{ app: "3", revision: "-1" }], revert: "true" },
      valid: true,
    },
    {
      name: "a revision below -1",
      target: "DeployAppRequest",
      value: { apps: [{ app: 3, revision: -2 }] },
      valid: false,
    },
    {
      name: "an unknown deploy status",
      target: "GetDeployStatusResponse",
      value: { apps: [{ app: "3", status: "DONE" }] },
      valid: false,
    },
    {
      name: "a numeric app ID in the deploy status",
      target: "GetDeployStatusResponse",
      value: { apps: [{ app: 3, status: "SUCCESS" }] },
      valid: false,
    },
    {
      name: "an app name of 64 characters",
      target: "AddAppRequest",
      value: { name: "あ".repeat(64) },
      valid: true,
    },
    {
      name: "an app name of 65 characters",
      target: "AddAppRequest",
      value: { name: "a".repeat(65) },
      valid: false,
    },
    {
      name: "an app without a name",
      target: "AddAppRequest",
      value: { space: 3, thread: 4 },
      valid: false,
    },
    {
      name: "a move out of spaces",
      target: "MoveAppRequest",
      value: { app: 1, space: null },
      valid: true,
    },
    {
      name: "a move without a destination",
      target: "MoveAppRequest",
      value: { app: 1 },
      valid: false,
    },
    {
      name: "a non-empty move answer",
      target: "MoveAppResponse",
      value: { ok: true },
      valid: false,
    },
  ])("$name is valid: $valid", ({ target, value, valid }) => {
    const errors = validate(schema(target), value);
    if (valid) expect(errors).toEqual([]);
    else expect(errors).not.toEqual([]);
  });

  it("reports statistics as strings, with a nullable space and a closed status set", () => {
    const app = schemas.AppStatistics;
    for (const count of ["recordCount", "fieldCount", "dailyRequestCount", "storageUsage"]) {
      expect(app.properties[count].type).toBe("string");
      expect(app.required).toContain(count);
    }
    expect(app.required).not.toContain("apiTokenCount");
    expect(app.properties.status.enum.sort()).toEqual(["ACTIVATED", "CHANGED", "NOT_ACTIVATED"]);
    const stats = {
      id: "1",
      name: "A",
      space: null,
      appGroup: "Public",
      status: "ACTIVATED",
      recordUpdatedAt: "2025-01-01T00:00:00Z",
      recordCount: "1",
      fieldCount: "2",
      dailyRequestCount: "0",
      storageUsage: "0",
      customized: false,
      creator: { code: "a", name: "A" },
      createdAt: "2025-01-01T00:00:00Z",
      modifier: { code: "a", name: "A" },
      modifiedAt: "2025-01-01T00:00:00Z",
    };
    expect(validate(schema("AppStatistics"), stats)).toEqual([]);
    expect(validate(schema("AppStatistics"), { ...stats, recordCount: 1 })).not.toEqual([]);
    expect(validate(schema("AppStatistics"), { ...stats, status: "DELETED" })).not.toEqual([]);
  });

  it("limits plug-in additions to the 20 plug-ins an app can hold", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `plugin${i}`);
    expect(validate(schema("AddAppPluginsRequest"), { app: 1, ids: ids(20) })).toEqual([]);
    expect(validate(schema("AddAppPluginsRequest"), { app: 1, ids: ids(21) })).not.toEqual([]);
    expect(validate(schema("AddAppPluginsRequest"), { app: 1 })).not.toEqual([]);
    const lang = paramsOf(findOperation(canonical, "GET", "/k/v1/app/plugins.json") ?? {})[1];
    expect(lang.schema.enum.sort()).toEqual(["en", "es", "ja", "zh"]);
  });
});

describe("field properties", () => {
  const branches = (union: string) =>
    (schemas[union].oneOf as { $ref: string }[]).map((member) => refName(member) as string);
  const branchType = (name: string) => schemas[name].properties.type.const as string;
  // FieldType is the lead's single list of kinds; it is not referenced, so read it from its file.
  const fieldTypes = parse(
    readFileSync(new URL("../components/schemas/FieldType.yaml", import.meta.url), "utf8"),
  ).enum as string[];

  it("has a property schema for every FieldType except the record-only __ID__ and __REVISION__", () => {
    const kinds = branches("FieldProperty").map(branchType);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.sort()).toEqual(fieldTypes.filter((t) => !t.startsWith("__")).sort());
    expect(kinds).toHaveLength(28);
  });

  it("names each kind <Kind>FieldProperty", () => {
    for (const name of branches("FieldProperty"))
      expect(name).toMatch(/^[A-Z][A-Za-z]*FieldProperty$/);
    expect(branches("FieldProperty")).toEqual(
      expect.arrayContaining([
        "SingleLineTextFieldProperty",
        "DropDownFieldProperty",
        "SubtableFieldProperty",
        "ReferenceTableFieldProperty",
        "GroupFieldProperty",
        "StatusFieldProperty",
      ]),
    );
  });

  it("discriminates every union on a required, const `type`, without mapping", () => {
    const unions = [
      "FieldProperty",
      "FieldPropertyInSubtable",
      "FieldPropertyForAdd",
      "FieldPropertyInSubtableForAdd",
      "FieldPropertyForUpdate",
      "FieldPropertyInSubtableForUpdate",
    ];
    for (const union of unions) {
      expect(schemas[union].discriminator, union).toEqual({ propertyName: "type" });
      for (const name of branches(union)) {
        expect(schemas[name].required, name).toContain("type");
        expect(fieldTypes, name).toContain(branchType(name));
      }
    }
  });

  it("splits text and number fields into plain and lookup variants of the same type", () => {
    for (const kind of ["SingleLineText", "Number"]) {
      const variants = branches(`${kind}FieldProperty`);
      expect(variants).toEqual([`${kind}StandardFieldProperty`, `${kind}LookupFieldProperty`]);
      const [plain, lookup] = variants.map((name) => schemas[name]);
      expect(plain.properties.lookup).toBeUndefined();
      expect(lookup.required).toEqual(["type", "code", "label", "noLabel", "required", "lookup"]);
      expect(refName(lookup.properties.lookup)).toBe("LookupSetting");
    }
    expect(schemas.LookupSetting.required.sort()).toEqual([
      "fieldMappings",
      "filterCond",
      "lookupPickerFields",
      "relatedApp",
      "relatedKeyField",
      "sort",
    ]);
  });

  it("allows in tables exactly the kinds a table can hold", () => {
    const inTable = [
      "CALC",
      "CHECK_BOX",
      "DATE",
      "DATETIME",
      "DROP_DOWN",
      "FILE",
      "GROUP_SELECT",
      "LINK",
      "MULTI_LINE_TEXT",
      "MULTI_SELECT",
      "NUMBER",
      "ORGANIZATION_SELECT",
      "RADIO_BUTTON",
      "RICH_TEXT",
      "SINGLE_LINE_TEXT",
      "TIME",
      "USER_SELECT",
    ];
    for (const union of [
      "FieldPropertyInSubtable",
      "FieldPropertyInSubtableForAdd",
      "FieldPropertyInSubtableForUpdate",
    ])
      expect(branches(union).map(branchType).sort(), union).toEqual(inTable);
  });

  it("adds only user-creatable kinds and updates all but process management and categories", () => {
    const addKinds = branches("FieldPropertyForAdd").map(branchType);
    expect(addKinds).toHaveLength(20);
    for (const kind of [
      "RECORD_NUMBER",
      "CREATOR",
      "CREATED_TIME",
      "MODIFIER",
      "UPDATED_TIME",
      "STATUS",
      "STATUS_ASSIGNEE",
      "CATEGORY",
    ])
      expect(addKinds).not.toContain(kind);
    const updateKinds = branches("FieldPropertyForUpdate").map(branchType);
    expect(updateKinds).toHaveLength(25);
    expect(updateKinds).toContain("RECORD_NUMBER");
    for (const kind of ["STATUS", "STATUS_ASSIGNEE", "CATEGORY"])
      expect(updateKinds).not.toContain(kind);
    for (const name of branches("FieldPropertyForAdd"))
      expect(schemas[name].required.slice(0, 3), name).toEqual(["type", "code", "label"]);
    for (const name of branches("FieldPropertyForUpdate"))
      expect(schemas[name].required, name).toEqual(["type"]);
  });

  it("closes the documented value sets with enums", () => {
    expect(schemas.CalcStandardFieldProperty).toBeUndefined();
    expect(schemas.CalcFieldProperty.properties.format.enum).toEqual([
      "NUMBER",
      "NUMBER_DIGIT",
      "DATETIME",
      "DATE",
      "TIME",
      "HOUR_MINUTE",
      "DAY_HOUR_MINUTE",
    ]);
    expect(schemas.FileFieldProperty.properties.thumbnailSize.enum).toEqual([
      "50",
      "150",
      "250",
      "500",
    ]);
    expect(schemas.ReferenceTableSetting.properties.size.enum).toEqual([
      "1",
      "3",
      "5",
      "10",
      "20",
      "30",
      "40",
      "50",
    ]);
    expect(schemas.NumberStandardFieldProperty.properties.unitPosition.enum).toEqual([
      "BEFORE",
      "AFTER",
    ]);
    expect(schemas.LinkFieldProperty.properties.protocol.enum).toEqual(["WEB", "CALL", "MAIL"]);
    expect(schemas.CheckBoxFieldProperty.properties.align.enum).toEqual(["HORIZONTAL", "VERTICAL"]);
    expect(schemas.DropDownFieldProperty.properties.align).toBeUndefined();
    expect(schemas.FieldPropertyOption.properties.index.type).toBe("string");
    expect(schemas.DeleteFormFieldsRequest.properties.fields.maxItems).toBe(100);
  });

  const plainText = {
    type: "SINGLE_LINE_TEXT",
    code: "title",
    label: "Title",
    noLabel: false,
    required: true,
    defaultValue: "",
    unique: false,
    minLength: "",
    maxLength: "64",
    expression: "",
    hideExpression: false,
  };
  const lookupNumber = {
    type: "NUMBER",
    code: "customer",
    label: "Customer",
    noLabel: false,
    required: false,
    lookup: {
      relatedApp: { app: "8", code: "" },
      relatedKeyField: "Record_number",
      fieldMappings: [],
      lookupPickerFields: ["Record_number"],
      filterCond: "",
      sort: "Record_number desc",
    },
  };
  const dropDown = {
    type: "DROP_DOWN",
    code: "rank",
    label: "Rank",
    noLabel: false,
    required: false,
    defaultValue: "",
    options: { A: { label: "A", index: "0" } },
  };

  it.each<{ name: string; value: unknown; valid: boolean }>([
    { name: "a plain text field", value: plainText, valid: true },
    {
      name: "a plain text field without `unique`",
      value: { ...plainText, unique: undefined },
      valid: false,
    },
    {
      name: "a text field with a length given as a number",
      value: { ...plainText, maxLength: 64 },
      valid: false,
    },
    { name: "a lookup number field", value: lookupNumber, valid: true },
    {
      name: "a lookup whose settings miss the key field",
      value: { ...lookupNumber, lookup: { ...lookupNumber.lookup, relatedKeyField: undefined } },
      valid: false,
    },
    {
      name: "a drop-down with a numeric option index",
      value: { ...dropDown, options: { A: { label: "A", index: 0 } } },
      valid: false,
    },
    {
      name: "a status field without `enabled`",
      value: { type: "STATUS", code: "Status", label: "Status" },
      valid: false,
    },
    {
      name: "an attachment with a 100px thumbnail",
      value: {
        type: "FILE",
        code: "f",
        label: "F",
        noLabel: false,
        required: false,
        thumbnailSize: "100",
      },
      valid: false,
    },
    {
      name: "a user selection defaulting to LOGINUSER()",
      value: {
        type: "USER_SELECT",
        code: "u",
        label: "U",
        noLabel: false,
        required: false,
        defaultValue: [{ type: "FUNCTION", code: "LOGINUSER()" }],
        entities: [],
      },
      valid: true,
    },
    {
      name: "a department selection offering a user",
      value: {
        type: "ORGANIZATION_SELECT",
        code: "o",
        label: "O",
        noLabel: false,
        required: false,
        defaultValue: [],
        entities: [{ type: "USER", code: "sato" }],
      },
      valid: false,
    },
    {
      name: "a related records field showing 15 records",
      value: {
        type: "REFERENCE_TABLE",
        code: "r",
        label: "R",
        noLabel: false,
        referenceTable: {
          relatedApp: { app: "1", code: "" },
          condition: { field: "a", relatedField: "b" },
          filterCond: "",
          displayFields: [],
          sort: "",
          size: "15",
        },
      },
      valid: false,
    },
    {
      name: "a table holding a lookup and a drop-down",
      value: {
        type: "SUBTABLE",
        code: "t",
        label: "T",
        noLabel: false,
        fields: { customer: lookupNumber, rank: dropDown },
      },
      valid: true,
    },
    {
      name: "a table holding a group",
      value: {
        type: "SUBTABLE",
        code: "t",
        label: "T",
        noLabel: false,
        fields: { g: { type: "GROUP", code: "g", label: "G", noLabel: false, openGroup: true } },
      },
      valid: false,
    },
    {
      name: "an unknown field type",
      value: { type: "LABEL", code: "l", label: "L" },
      valid: false,
    },
  ])("reading $name is valid: $valid", ({ value, valid }) => {
    const errors = validate(schema("FieldProperty"), JSON.parse(JSON.stringify(value)));
    if (valid) expect(errors).toEqual([]);
    else expect(errors).not.toEqual([]);
  });

  it.each<{ name: string; target: string; value: unknown; valid: boolean }>([
    {
      name: "adding a text field with string flags and numeric lengths",
      target: "AddFormFieldsRequest",
      value: {
        app: 1,
        properties: {
          t: { type: "SINGLE_LINE_TEXT", code: "t", label: "T", required: "true", maxLength: 64 },
        },
      },
      valid: true,
    },
    {
      name: "adding a field without a label",
      target: "AddFormFieldsRequest",
      value: { app: 1, properties: { t: { type: "SINGLE_LINE_TEXT", code: "t" } } },
      valid: false,
    },
    {
      name: "adding a status field",
      target: "AddFormFieldsRequest",
      value: { app: 1, properties: { s: { type: "STATUS", code: "s", label: "S" } } },
      valid: false,
    },
    {
      name: "adding a drop-down without choices",
      target: "AddFormFieldsRequest",
      value: { app: 1, properties: { d: { type: "DROP_DOWN", code: "d", label: "D" } } },
      valid: false,
    },
    {
      name: "adding a calculated field without a formula",
      target: "AddFormFieldsRequest",
      value: { app: 1, properties: { c: { type: "CALC", code: "c", label: "C" } } },
      valid: false,
    },
    {
      name: "adding a flag given as `yes`",
      target: "AddFormFieldsRequest",
      value: {
        app: 1,
        properties: { t: { type: "MULTI_LINE_TEXT", code: "t", label: "T", noLabel: "yes" } },
      },
      valid: false,
    },
    {
      name: "adding fields without naming the app",
      target: "AddFormFieldsRequest",
      value: { properties: { t: { type: "DATE", code: "t", label: "T" } } },
      valid: false,
    },
    {
      name: "relabelling the record number",
      target: "UpdateFormFieldsRequest",
      value: { app: 1, properties: { Record_number: { type: "RECORD_NUMBER", label: "No." } } },
      valid: true,
    },
    {
      name: "an update naming only the type",
      target: "UpdateFormFieldsRequest",
      value: { app: 1, properties: { t: { type: "DATE" } } },
      valid: true,
    },
    {
      name: "updating the category field",
      target: "UpdateFormFieldsRequest",
      value: { app: 1, properties: { c: { type: "CATEGORY", label: "C" } } },
      valid: false,
    },
    {
      name: "an update without the type",
      target: "UpdateFormFieldsRequest",
      value: { app: 1, properties: { t: { label: "T" } } },
      valid: false,
    },
    {
      name: "deleting 100 fields",
      target: "DeleteFormFieldsRequest",
      value: { app: 1, fields: Array.from({ length: 100 }, (_, i) => `f${i}`) },
      valid: true,
    },
    {
      name: "deleting 101 fields",
      target: "DeleteFormFieldsRequest",
      value: { app: 1, fields: Array.from({ length: 101 }, (_, i) => `f${i}`) },
      valid: false,
    },
  ])("$name is valid: $valid", ({ target, value, valid }) => {
    const errors = validate(schema(target), value);
    if (valid) expect(errors).toEqual([]);
    else expect(errors).not.toEqual([]);
  });
});

describe("form layout", () => {
  const elementTypes = (union: string) =>
    (schemas[union].oneOf as { $ref: string }[]).flatMap((member) => {
      const type = schemas[refName(member) as string].properties.type;
      return type.const ? [type.const] : type.enum;
    });

  it("discriminates the three row kinds on `type`, in responses and requests", () => {
    for (const suffix of ["", "ForUpdate"]) {
      const union = schemas[`FormLayoutItem${suffix}`];
      expect(union.discriminator).toEqual({ propertyName: "type" });
      expect(
        union.oneOf.map(
          (m: { $ref: string }) => schemas[refName(m) as string].properties.type.const,
        ),
      ).toEqual(["ROW", "SUBTABLE", "GROUP"]);
      expect(refName(schemas[`FormLayoutGroup${suffix}`].properties.layout.items)).toBe(
        `FormLayoutRow${suffix}`,
      );
    }
  });

  it("allows only the element kinds kintone places in each row kind", () => {
    for (const suffix of ["", "ForUpdate"]) {
      const row = elementTypes(`FormLayoutElement${suffix}`);
      for (const kind of [
        "LABEL",
        "SPACER",
        "HR",
        "REFERENCE_TABLE",
        "RECORD_NUMBER",
        "MULTI_LINE_TEXT",
      ])
        expect(row).toContain(kind);
      for (const kind of ["SUBTABLE", "GROUP", "STATUS", "CATEGORY"])
        expect(row).not.toContain(kind);
      const table = elementTypes(`FormLayoutSubtableElement${suffix}`);
      for (const kind of ["LABEL", "SPACER", "HR", "REFERENCE_TABLE", "RECORD_NUMBER", "CREATOR"])
        expect(table).not.toContain(kind);
      expect(table.sort()).toEqual(branchKinds().sort());
    }
  });
  const branchKinds = () =>
    (schemas.FieldPropertyInSubtable.oneOf as { $ref: string }[]).map(
      (m) => schemas[refName(m) as string].properties.type.const,
    );

  const row = (fields: unknown[]) => ({ type: "ROW", fields });
  it.each<{ name: string; target: string; value: unknown; valid: boolean }>([
    {
      name: "a row with an unsized field and a spacer",
      target: "GetFormLayoutResponse",
      value: {
        layout: [
          row([
            { type: "NUMBER", code: "n", size: {} },
            { type: "SPACER", elementId: "", size: { width: "100", height: "40" } },
          ]),
        ],
        revision: "3",
      },
      valid: true,
    },
    {
      name: "a size given as a number",
      target: "GetFormLayoutResponse",
      value: {
        layout: [row([{ type: "NUMBER", code: "n", size: { width: 100 } }])],
        revision: "3",
      },
      valid: false,
    },
    {
      name: "a label inside a table",
      target: "GetFormLayoutResponse",
      value: {
        layout: [
          { type: "SUBTABLE", code: "t", fields: [{ type: "LABEL", label: "x", size: {} }] },
        ],
        revision: "3",
      },
      valid: false,
    },
    {
      name: "a table inside a group",
      target: "GetFormLayoutResponse",
      value: {
        layout: [
          { type: "GROUP", code: "g", layout: [{ type: "SUBTABLE", code: "t", fields: [] }] },
        ],
        revision: "3",
      },
      valid: false,
    },
    {
      name: "a label without its text",
      target: "GetFormLayoutResponse",
      value: { layout: [row([{ type: "LABEL", size: {} }])], revision: "3" },
      valid: false,
    },
    {
      name: "an unknown row kind",
      target: "GetFormLayoutResponse",
      value: { layout: [{ type: "COLUMN", fields: [] }], revision: "3" },
      valid: false,
    },
    {
      name: "a request sizing with numbers and strings",
      target: "UpdateFormLayoutRequest",
      value: {
        app: 1,
        layout: [
          row([
            { type: "RICH_TEXT", code: "r", size: { width: 600, innerHeight: "200" } },
            { type: "HR" },
          ]),
        ],
      },
      valid: true,
    },
    {
      name: "a request placing a status field",
      target: "UpdateFormLayoutRequest",
      value: { app: 1, layout: [row([{ type: "STATUS", code: "Status" }])] },
      valid: false,
    },
    {
      name: "a request with a negative width",
      target: "UpdateFormLayoutRequest",
      value: { app: 1, layout: [row([{ type: "DATE", code: "d", size: { width: -1 } }])] },
      valid: false,
    },
  ])("$name is valid: $valid", ({ target, value, valid }) => {
    const errors = validate(schema(target), value);
    if (valid) expect(errors).toEqual([]);
    else expect(errors).not.toEqual([]);
  });
});

describe("views", () => {
  it("discriminates list, calendar and custom views on `type`", () => {
    for (const union of ["View", "ViewForUpdate"]) {
      expect(schemas[union].discriminator).toEqual({ propertyName: "type" });
      expect(
        schemas[union].oneOf.map(
          (m: { $ref: string }) => schemas[refName(m) as string].properties.type.const,
        ),
      ).toEqual(["LIST", "CALENDAR", "CUSTOM"]);
    }
    expect(schemas.ListView.required).toEqual(
      expect.arrayContaining(["id", "index", "filterCond", "sort", "fields"]),
    );
    expect(schemas.CalendarView.required).toEqual(expect.arrayContaining(["date", "title"]));
    expect(schemas.CustomView.required).toEqual(
      expect.arrayContaining(["html", "pager", "device"]),
    );
    expect(schemas.CustomView.properties.device.enum).toEqual(["DESKTOP", "ANY"]);
    expect(schemas.ListView.properties.builtinType.const).toBe("ASSIGNEE");
    expect(schemas.UpdateViewsRequest.properties.views.maxProperties).toBe(1000);
  });

  const list = {
    type: "LIST",
    name: "All",
    id: "1",
    index: "0",
    filterCond: "",
    sort: "",
    fields: ["a"],
  };
  it.each<{ name: string; target: string; value: unknown; valid: boolean }>([
    { name: "a list view", target: "View", value: list, valid: true },
    {
      name: "a list view without columns",
      target: "View",
      value: { ...list, fields: undefined },
      valid: false,
    },
    {
      name: "a view with a numeric index",
      target: "View",
      value: { ...list, index: 0 },
      valid: false,
    },
    {
      name: "a custom view for mobile only",
      target: "View",
      value: {
        ...list,
        type: "CUSTOM",
        fields: undefined,
        html: "",
        pager: true,
        device: "MOBILE",
      },
      valid: false,
    },
    {
      name: "a built-in view other than ASSIGNEE",
      target: "View",
      value: { ...list, builtinType: "MINE" },
      valid: false,
    },
    {
      name: "an update with a numeric index",
      target: "UpdateViewsRequest",
      value: { app: 1, views: { All: { type: "LIST", index: 0 } } },
      valid: true,
    },
    {
      name: "an update without an index",
      target: "UpdateViewsRequest",
      value: { app: 1, views: { All: { type: "LIST" } } },
      valid: false,
    },
    {
      name: "a view name of 65 characters",
      target: "UpdateViewsRequest",
      value: { app: 1, views: { x: { type: "CALENDAR", index: "1", name: "x".repeat(65) } } },
      valid: false,
    },
  ])("$name is valid: $valid", ({ target, value, valid }) => {
    const errors = validate(schema(target), JSON.parse(JSON.stringify(value)));
    if (valid) expect(errors).toEqual([]);
    else expect(errors).not.toEqual([]);
  });
});

describe("legacy form", () => {
  it("reports flags as strings and limits as nullable strings", () => {
    const property = schemas.LegacyFormProperty.properties;
    expect(property.required.enum).toEqual(["true", "false"]);
    expect(property.maxLength.type).toEqual(["string", "null"]);
    expect(schemas.GetFormResponse.properties.properties.type).toBe("array");
    const element = { type: "NUMBER", code: "n", label: "N", required: "true", maxValue: null };
    expect(validate(schema("GetFormResponse"), { properties: [element] })).toEqual([]);
    expect(
      validate(schema("GetFormResponse"), { properties: [{ ...element, required: true }] }),
    ).not.toEqual([]);
    expect(validate(schema("GetFormResponse"), { properties: { n: element } })).not.toEqual([]);
  });
});
