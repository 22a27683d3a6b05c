import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createSchemaValidator } from "../src/create-schema-validator.js";
import { findOperation, loadBundle } from "./load-bundle.js";

// Records area (issue 3): records, cursors, comments, bulk request, record process, record
// permissions and files, checked against the committed bundles.
const canonical = loadBundle("openapi.yaml");
const withGuest = loadBundle("openapi.with-guest.yaml");
const validate = createSchemaValidator(canonical);
const schemas = canonical.components.schemas as Record<string, any>;
const schema = (name: string) => `#/components/schemas/${name}`;
const refName = (node: { $ref?: string } | undefined) =>
  node?.$ref?.replace("#/components/schemas/", "");

type Auth = "ApiToken" | "Password" | "Session" | "OAuth2";
const tokenUserSession: Auth[] = ["ApiToken", "Password", "Session"];
const all: Auth[] = [...tokenUserSession, "OAuth2"];
const read = "k:app_record:read";
const write = "k:app_record:write";

const operations: {
  method: string;
  path: string;
  operationId: string;
  clientMethod: string;
  tag: string;
  auth: Auth[];
  scope?: string;
}[] = [
  {
    method: "GET",
    path: "/k/v1/record.json",
    operationId: "getRecord",
    clientMethod: "record.getRecord",
    tag: "records",
    auth: all,
    scope: read,
  },
  {
    method: "POST",
    path: "/k/v1/record.json",
    operationId: "addRecord",
    clientMethod: "record.addRecord",
    tag: "records",
    auth: all,
    scope: write,
  },
  {
    method: "PUT",
    path: "/k/v1/record.json",
    operationId: "updateRecord",
    clientMethod: "record.updateRecord",
    tag: "records",
    auth: all,
    scope: write,
  },
  {
    method: "GET",
    path: "/k/v1/records.json",
    operationId: "getRecords",
    clientMethod: "record.getRecords",
    tag: "records",
    auth: all,
    scope: read,
  },
  {
    method: "POST",
    path: "/k/v1/records.json",
    operationId: "addRecords",
    clientMethod: "record.addRecords",
    tag: "records",
    auth: all,
    scope: write,
  },
  {
    method: "PUT",
    path: "/k/v1/records.json",
    operationId: "updateRecords",
    clientMethod: "record.updateRecords",
    tag: "records",
    auth: all,
    scope: write,
  },
  {
    method: "DELETE",
    path: "/k/v1/records.json",
    operationId: "deleteRecords",
    clientMethod: "record.deleteRecords",
    tag: "records",
    auth: all,
    scope: write,
  },
  {
    method: "POST",
    path: "/k/v1/records/cursor.json",
    operationId: "createCursor",
    clientMethod: "record.createCursor",
    tag: "cursors",
    auth: tokenUserSession,
  },
  {
    method: "GET",
    path: "/k/v1/records/cursor.json",
    operationId: "getRecordsByCursor",
    clientMethod: "record.getRecordsByCursor",
    tag: "cursors",
    auth: tokenUserSession,
  },
  {
    method: "DELETE",
    path: "/k/v1/records/cursor.json",
    operationId: "deleteCursor",
    clientMethod: "record.deleteCursor",
    tag: "cursors",
    auth: tokenUserSession,
  },
  {
    method: "GET",
    path: "/k/v1/record/comments.json",
    operationId: "getRecordComments",
    clientMethod: "record.getRecordComments",
    tag: "comments",
    auth: all,
    scope: read,
  },
  {
    method: "POST",
    path: "/k/v1/record/comment.json",
    operationId: "addRecordComment",
    clientMethod: "record.addRecordComment",
    tag: "comments",
    auth: all,
    scope: write,
  },
  {
    method: "DELETE",
    path: "/k/v1/record/comment.json",
    operationId: "deleteRecordComment",
    clientMethod: "record.deleteRecordComment",
    tag: "comments",
    auth: all,
    scope: write,
  },
  {
    method: "POST",
    path: "/k/v1/bulkRequest.json",
    operationId: "bulkRequest",
    clientMethod: "bulkRequest",
    tag: "bulk-request",
    auth: tokenUserSession,
  },
  {
    method: "PUT",
    path: "/k/v1/record/status.json",
    operationId: "updateRecordStatus",
    clientMethod: "record.updateRecordStatus",
    tag: "record-process",
    auth: all,
    scope: write,
  },
  {
    method: "PUT",
    path: "/k/v1/records/status.json",
    operationId: "updateRecordsStatus",
    clientMethod: "record.updateRecordsStatus",
    tag: "record-process",
    auth: all,
    scope: write,
  },
  {
    method: "PUT",
    path: "/k/v1/record/assignees.json",
    operationId: "updateRecordAssignees",
    clientMethod: "record.updateRecordAssignees",
    tag: "record-process",
    auth: all,
    scope: write,
  },
  {
    method: "GET",
    path: "/k/v1/records/acl/evaluate.json",
    operationId: "evaluateRecordsAcl",
    clientMethod: "app.evaluateRecordsAcl",
    tag: "record-permissions",
    auth: ["Password", "Session", "OAuth2"],
    scope: read,
  },
  {
    method: "GET",
    path: "/k/v1/file.json",
    operationId: "downloadFile",
    clientMethod: "file.downloadFile",
    tag: "files",
    auth: all,
    scope: "k:file:read",
  },
  {
    method: "POST",
    path: "/k/v1/file.json",
    operationId: "uploadFile",
    clientMethod: "file.uploadFile",
    tag: "files",
    auth: all,
    scope: "k:file:write",
  },
];

const op = (method: string, path: string) => {
  const operation = findOperation(canonical, method, path);
  if (!operation) throw new Error(`${method} ${path} is missing from the bundle`);
  return operation;
};
const bodySchema = (method: string, path: string) =>
  `#/paths/${path.replaceAll("/", "~1")}/${method.toLowerCase()}/requestBody/content/application~1json/schema`;
const responseSchema = (method: string, path: string) =>
  `#/paths/${path.replaceAll("/", "~1")}/${method.toLowerCase()}/responses/200/content/application~1json/schema`;
const param = (method: string, path: string, name: string) => {
  const parameters = op(method, path).parameters as Record<string, any>[];
  const resolved = parameters.map((p) =>
    p.$ref ? canonical.components.parameters[p.$ref.split("/").pop()] : p,
  );
  const found = resolved.find((p) => p.name === name);
  if (!found) throw new Error(`${method} ${path} has no parameter ${name}`);
  return found;
};

describe("records area operations", () => {
  it("describes exactly the 20 operations of the area", () => {
    expect(operations).toHaveLength(20);
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(20);
  });

  describe.each(operations)("$method $path", (expected) => {
    const operation = op(expected.method, expected.path);

    it("has its operationId, client method, tag and guest flag", () => {
      expect(operation.operationId).toBe(expected.operationId);
      expect(operation["x-kintone-method"]).toBe(expected.clientMethod);
      expect(operation.tags).toEqual([expected.tag]);
      expect(operation["x-kintone-guest"]).toBe(true);
    });

    it("accepts exactly the documented auth kinds and OAuth scope", () => {
      const alternatives = (operation.security as Record<string, string[]>[]).map((entry) => {
        expect(Object.keys(entry)).toHaveLength(1);
        return Object.keys(entry)[0];
      });
      expect(alternatives.sort()).toEqual([...expected.auth].sort());
      const oauth = (operation.security as Record<string, string[]>[]).find((e) => e.OAuth2);
      expect(oauth?.OAuth2).toEqual(expected.scope ? [expected.scope] : undefined);
    });

    it("marks GETs for X-HTTP-Method-Override and gives writes a JSON body", () => {
      if (expected.method === "GET") {
        expect(operation["x-kintone-method-override"]).toBe(true);
        expect(operation.requestBody).toBeUndefined();
      } else {
        expect(operation["x-kintone-method-override"]).toBeUndefined();
        expect(operation.requestBody.required).toBe(true);
        const [mediaType] = Object.keys(operation.requestBody.content);
        expect(mediaType).toBe(
          expected.operationId === "uploadFile" ? "multipart/form-data" : "application/json",
        );
      }
    });

    it("names its request and response schemas after the operation", () => {
      const pascal = expected.operationId.charAt(0).toUpperCase() + expected.operationId.slice(1);
      const [content] = Object.values(operation.responses["200"].content) as Record<string, any>[];
      expect(refName(content?.schema)).toBe(`${pascal}Response`);
      if (operation.requestBody) {
        const [body] = Object.values(operation.requestBody.content) as Record<string, any>[];
        expect(refName(body?.schema)).toBe(`${pascal}Request`);
      }
    });

    it("has a guest-space copy in the guest bundle", () => {
      const guestPath = expected.path.replace("/k/v1/", "/k/guest/{guestSpaceId}/v1/");
      const copy = withGuest.paths[guestPath]?.[expected.method.toLowerCase()];
      expect(copy?.operationId).toBe(`${expected.operationId}InGuestSpace`);
      expect(copy?.["x-kintone-guest-of"]).toBe(expected.operationId);
    });
  });

  it("declares every path of the area and nothing else under these paths", () => {
    const paths = new Set(operations.map((o) => o.path));
    for (const path of paths) {
      const methods = Object.keys(canonical.paths[path]).filter((k) =>
        ["get", "post", "put", "delete", "patch"].includes(k),
      );
      const expectedMethods = operations
        .filter((o) => o.path === path)
        .map((o) => o.method.toLowerCase());
      expect(methods.sort(), path).toEqual(expectedMethods.sort());
    }
  });
});

describe("record field values", () => {
  // The shared list of field kinds; read from its source file, as the bundle only keeps used components.
  const fieldTypes = parse(
    readFileSync(new URL("../components/schemas/FieldType.yaml", import.meta.url), "utf8"),
  ).enum as string[];
  const branchTypes = (union: string) =>
    (schemas[union].oneOf ?? schemas[union].anyOf).map((branch: { $ref: string }) => {
      const target = schemas[refName(branch) as string];
      return target.properties.type.const as string;
    });

  it("reads every FieldType except REFERENCE_TABLE and GROUP, one schema per kind", () => {
    const kinds = branchTypes("RecordFieldValue");
    expect(kinds).toHaveLength(28);
    expect([...kinds].sort()).toEqual(
      fieldTypes.filter((t) => t !== "REFERENCE_TABLE" && t !== "GROUP").sort(),
    );
  });

  it("discriminates the read unions on a required, const `type`, without mapping", () => {
    for (const union of ["RecordFieldValue", "SubtableCellValue"]) {
      expect(schemas[union].discriminator).toEqual({ propertyName: "type" });
      for (const branch of schemas[union].oneOf) {
        const target = schemas[refName(branch) as string];
        expect(target.required).toEqual(["type", "value"]);
        expect(typeof target.properties.type.const).toBe("string");
        expect(target.additionalProperties).toBe(false);
      }
    }
  });

  it("names read shapes <Kind>FieldValue", () => {
    const names = schemas.RecordFieldValue.oneOf.map(refName);
    expect(names).toEqual(
      expect.arrayContaining([
        "IdFieldValue",
        "RevisionFieldValue",
        "RecordNumberFieldValue",
        "DateTimeFieldValue",
        "CheckBoxFieldValue",
        "DropDownFieldValue",
        "StatusAssigneeFieldValue",
        "SubtableFieldValue",
      ]),
    );
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z]*FieldValue$/);
  });

  it("allows in table cells exactly the kinds a table can hold", () => {
    expect(branchTypes("SubtableCellValue").sort()).toEqual(
      [
        "SINGLE_LINE_TEXT",
        "MULTI_LINE_TEXT",
        "RICH_TEXT",
        "NUMBER",
        "CALC",
        "CHECK_BOX",
        "RADIO_BUTTON",
        "DROP_DOWN",
        "MULTI_SELECT",
        "USER_SELECT",
        "ORGANIZATION_SELECT",
        "GROUP_SELECT",
        "DATE",
        "TIME",
        "DATETIME",
        "LINK",
        "FILE",
      ].sort(),
    );
    expect(branchTypes("SubtableCellValueForWrite")).not.toContain("CALC");
  });

  it("writes only writable kinds, with an optional `type`", () => {
    const kinds = branchTypes("RecordFieldValueForWrite");
    for (const readOnly of [
      "__ID__",
      "__REVISION__",
      "RECORD_NUMBER",
      "CALC",
      "CATEGORY",
      "STATUS",
      "STATUS_ASSIGNEE",
    ])
      expect(kinds).not.toContain(readOnly);
    expect(kinds).toHaveLength(21);
    for (const branch of schemas.RecordFieldValueForWrite.anyOf) {
      const name = refName(branch) as string;
      expect(name).toMatch(/ForWrite$/);
      expect(schemas[name].required).toEqual(["value"]);
    }
    expect(schemas.RecordForWrite.additionalProperties).toEqual({
      $ref: "#/components/schemas/RecordFieldValueForWrite",
    });
    expect(schemas.SavedRecord.additionalProperties).toEqual({
      $ref: "#/components/schemas/RecordFieldValue",
    });
  });

  it("returns null for blank DATE, TIME and DROP_DOWN, an empty string for blank DATETIME and NUMBER", () => {
    const value = (name: string) => schemas[name].properties.value;
    for (const nullable of ["DateFieldValue", "TimeFieldValue", "DropDownFieldValue"])
      expect(value(nullable).type).toEqual(["string", "null"]);
    for (const stringOnly of [
      "DateTimeFieldValue",
      "NumberFieldValue",
      "CalcFieldValue",
      "RadioButtonFieldValue",
      "IdFieldValue",
      "RevisionFieldValue",
    ])
      expect(value(stringOnly).type).toBe("string");
  });

  it.each<{ name: string; given: unknown; ok: boolean }>([
    { name: "a NUMBER value as a string", given: { type: "NUMBER", value: "12.5" }, ok: true },
    { name: "a blank NUMBER as an empty string", given: { type: "NUMBER", value: "" }, ok: true },
    { name: "a NUMBER value as a JSON number", given: { type: "NUMBER", value: 12.5 }, ok: false },
    { name: "a blank DATE as null", given: { type: "DATE", value: null }, ok: true },
    { name: "a DATE with slashes", given: { type: "DATE", value: "2025/06/30" }, ok: false },
    {
      name: "a blank DATETIME as an empty string",
      given: { type: "DATETIME", value: "" },
      ok: true,
    },
    { name: "a blank DATETIME as null", given: { type: "DATETIME", value: null }, ok: false },
    { name: "a record ID as a number", given: { type: "__ID__", value: 1 }, ok: false },
    { name: "an unknown type", given: { type: "LOOKUP", value: "x" }, ok: false },
    { name: "a layout-only GROUP", given: { type: "GROUP", value: {} }, ok: false },
    {
      name: "a user without a name",
      given: { type: "USER_SELECT", value: [{ code: "sato" }] },
      ok: false,
    },
    {
      name: "a file size as a number",
      given: {
        type: "FILE",
        value: [{ contentType: "text/plain", fileKey: "k", name: "a.txt", size: 4 }],
      },
      ok: false,
    },
    {
      name: "a table row without id",
      given: { type: "SUBTABLE", value: [{ value: {} }] },
      ok: false,
    },
    {
      name: "a STATUS inside a table row",
      given: {
        type: "SUBTABLE",
        value: [{ id: "1", value: { s: { type: "STATUS", value: "Done" } } }],
      },
      ok: false,
    },
    {
      name: "an extra property",
      given: { type: "LINK", value: "https://example.com", label: "x" },
      ok: false,
    },
  ])("read union: $name is accepted: $ok", ({ given, ok }) => {
    const errors = validate(schema("RecordFieldValue"), given);
    if (ok) expect(errors).toEqual([]);
    else expect(errors).not.toEqual([]);
  });

  it.each<{ name: string; given: unknown; ok: boolean }>([
    { name: "a value without type", given: { customer: { value: "Acme" } }, ok: true },
    {
      name: "a value with a matching type",
      given: { customer: { type: "SINGLE_LINE_TEXT", value: "Acme" } },
      ok: true,
    },
    { name: "users as codes", given: { owner: { value: [{ code: "sato" }] } }, ok: true },
    { name: "files as upload keys", given: { quote: { value: [{ fileKey: "abc" }] } }, ok: true },
    {
      name: "table rows with and without id",
      given: {
        items: {
          value: [{ id: 3, value: { q: { value: "1" } } }, { value: { q: { value: "2" } } }],
        },
      },
      ok: true,
    },
    { name: "a read-only STATUS", given: { s: { type: "STATUS", value: "Done" } }, ok: false },
    { name: "a read-only CALC", given: { tax: { type: "CALC", value: "10" } }, ok: false },
    {
      name: "a read-only RECORD_NUMBER",
      given: { n: { type: "RECORD_NUMBER", value: "1" } },
      ok: false,
    },
    {
      name: "a value object without value",
      given: { customer: { type: "SINGLE_LINE_TEXT" } },
      ok: false,
    },
    { name: "a number as a JSON number", given: { amount: { value: 3 } }, ok: false },
    { name: "a file without fileKey", given: { quote: { value: [{ name: "a.pdf" }] } }, ok: false },
  ])("write record: $name is accepted: $ok", ({ given, ok }) => {
    const errors = validate(schema("RecordForWrite"), given);
    if (ok) expect(errors).toEqual([]);
    else expect(errors).not.toEqual([]);
  });
});

describe("record operations precision", () => {
  const record = { customer: { value: "Acme" } };

  it("limits writes to 100 records and ids", () => {
    expect(schemas.AddRecordsRequest.properties.records.maxItems).toBe(100);
    expect(schemas.UpdateRecordsRequest.properties.records.maxItems).toBe(100);
    expect(schemas.DeleteRecordsRequest.properties.ids.maxItems).toBe(100);
    expect(schemas.UpdateRecordsStatusRequest.properties.records.maxItems).toBe(100);
    expect(schemas.UpdateRecordAssigneesRequest.properties.assignees.maxItems).toBe(100);
    expect(param("GET", "/k/v1/records/acl/evaluate.json", "ids").schema.maxItems).toBe(100);
    const add = bodySchema("POST", "/k/v1/records.json");
    expect(validate(add, { app: 1, records: Array(100).fill(record) })).toEqual([]);
    expect(validate(add, { app: 1, records: Array(101).fill(record) }).join()).toMatch(/100/);
    const del = bodySchema("DELETE", "/k/v1/records.json");
    expect(
      validate(del, { app: 1, ids: Array.from({ length: 101 }, (_, i) => i + 1) }),
    ).not.toEqual([]);
  });

  it("returns at most 500 records per read and a nullable string totalCount", () => {
    expect(schemas.GetRecordsResponse.properties.records.maxItems).toBe(500);
    expect(schemas.GetRecordsResponse.required).toEqual(["records", "totalCount"]);
    expect(schemas.GetRecordsResponse.properties.totalCount.type).toEqual(["string", "null"]);
    const response = responseSchema("GET", "/k/v1/records.json");
    expect(validate(response, { records: [], totalCount: 3 })).not.toEqual([]);
    expect(validate(response, { records: [] })).not.toEqual([]);
    expect(param("GET", "/k/v1/records.json", "totalCount").schema.type).toBe("boolean");
    expect(param("GET", "/k/v1/records.json", "fields").schema.type).toBe("array");
  });

  it("documents the query grammar in the query parameter", () => {
    const description = param("GET", "/k/v1/records.json", "query").description as string;
    for (const word of [
      "=",
      "!=",
      ">=",
      "<=",
      "not in",
      "not like",
      "is empty",
      "is not empty",
      "and",
      "or",
      "order by",
      "asc",
      "desc",
      "limit",
      "offset",
      "500",
      "10,000",
      "LOGINUSER()",
      "PRIMARY_ORGANIZATION()",
      "NOW()",
      "TODAY()",
      "YESTERDAY()",
      "TOMORROW()",
      "FROM_TODAY(n, DAYS|WEEKS|MONTHS|YEARS)",
      "THIS_WEEK()",
      "LAST_WEEK()",
      "NEXT_WEEK()",
      "THIS_MONTH()",
      "LAST_MONTH()",
      "NEXT_MONTH()",
      "THIS_YEAR()",
      "LAST_YEAR()",
      "NEXT_YEAR()",
      '\\"',
      "\\\\",
    ])
      expect(description, word).toContain(word);
  });

  it("names the record to update by id or updateKey, never both", () => {
    const body = bodySchema("PUT", "/k/v1/record.json");
    expect(validate(body, { app: 1, id: 5, record })).toEqual([]);
    expect(validate(body, { app: 1, updateKey: { field: "code", value: "C-1" }, record })).toEqual(
      [],
    );
    expect(
      validate(body, { app: 1, id: 5, updateKey: { field: "code", value: "C-1" } }),
    ).not.toEqual([]);
    expect(validate(body, { app: 1, record })).not.toEqual([]);
    expect(validate(body, { app: 1, id: 5, revision: -1 })).toEqual([]);
    expect(validate(body, { app: 1, id: 5, revision: -2 })).not.toEqual([]);
    const many = bodySchema("PUT", "/k/v1/records.json");
    expect(
      validate(many, { app: 1, records: [{ id: 1, updateKey: { field: "c", value: 1 } }] }),
    ).not.toEqual([]);
    expect(
      validate(many, {
        app: 1,
        upsert: true,
        records: [{ updateKey: { field: "c", value: 1 }, record }],
      }),
    ).toEqual([]);
  });

  it("reports upsert operations as INSERT or UPDATE", () => {
    expect(schemas.RecordUpdateResult.properties.operation.enum).toEqual(["INSERT", "UPDATE"]);
    expect(schemas.RecordUpdateResult.required).toEqual(["id", "revision"]);
    const response = responseSchema("PUT", "/k/v1/records.json");
    expect(
      validate(response, { records: [{ id: "1", revision: "2", operation: "UPSERT" }] }),
    ).not.toEqual([]);
    expect(validate(response, { records: [{ id: 1, revision: "2" }] })).not.toEqual([]);
  });

  it("returns ids and revisions as strings", () => {
    expect(
      validate(responseSchema("POST", "/k/v1/record.json"), { id: "1", revision: "1" }),
    ).toEqual([]);
    expect(
      validate(responseSchema("POST", "/k/v1/record.json"), { id: 1, revision: "1" }),
    ).not.toEqual([]);
    expect(
      validate(responseSchema("POST", "/k/v1/records.json"), { ids: [1], revisions: ["1"] }),
    ).not.toEqual([]);
    expect(
      validate(responseSchema("PUT", "/k/v1/record/assignees.json"), { revision: 3 }),
    ).not.toEqual([]);
  });
});

describe("cursors", () => {
  it("pages up to 500 records and reports a string totalCount", () => {
    const body = bodySchema("POST", "/k/v1/records/cursor.json");
    expect(validate(body, { app: 1, size: 500 })).toEqual([]);
    expect(validate(body, { app: 1, size: "500" })).toEqual([]);
    expect(validate(body, { app: 1, size: 501 })).not.toEqual([]);
    expect(validate(body, { app: 1, size: "501" })).not.toEqual([]);
    expect(validate(body, { app: 1, size: 0 })).not.toEqual([]);
    expect(schemas.CreateCursorRequest.properties.size.default).toBe(100);
    expect(schemas.CreateCursorResponse.properties.totalCount.type).toBe("string");
    expect(schemas.GetRecordsByCursorResponse.required).toEqual(["records", "next"]);
    expect(schemas.GetRecordsByCursorResponse.properties.records.maxItems).toBe(500);
  });

  it("states the 10-cursor and 10-minute limits", () => {
    const description = op("POST", "/k/v1/records/cursor.json").description as string;
    expect(description).toMatch(/at most 10 live cursors/);
    expect(description).toMatch(/10 minutes/);
  });
});

describe("comments", () => {
  it("pages at most 10 comments in asc or desc order", () => {
    const path = "/k/v1/record/comments.json";
    expect(param("GET", path, "order").schema.enum).toEqual(["asc", "desc"]);
    expect(param("GET", path, "limit").schema.maximum).toBe(10);
    expect(param("GET", path, "offset").schema.minimum).toBe(0);
    expect(schemas.GetRecordCommentsResponse.required).toEqual(["comments", "older", "newer"]);
    expect(schemas.GetRecordCommentsResponse.properties.comments.maxItems).toBe(10);
    expect(schemas.RecordCommentMention.properties.type.enum).toEqual([
      "USER",
      "GROUP",
      "ORGANIZATION",
    ]);
  });

  it("rejects long comments, too many mentions and unknown mention types", () => {
    const body = bodySchema("POST", "/k/v1/record/comment.json");
    const comment = (c: unknown) => ({ app: 1, record: 1, comment: c });
    expect(validate(body, comment({ text: "x".repeat(65535) }))).toEqual([]);
    expect(validate(body, comment({ text: "x".repeat(65536) }))).not.toEqual([]);
    const mention = { code: "sato", type: "USER" };
    expect(validate(body, comment({ text: "hi", mentions: Array(10).fill(mention) }))).toEqual([]);
    expect(validate(body, comment({ text: "hi", mentions: Array(11).fill(mention) }))).not.toEqual(
      [],
    );
    expect(
      validate(body, comment({ text: "hi", mentions: [{ code: "sato", type: "ROLE" }] })),
    ).not.toEqual([]);
    expect(validate(body, { app: 1, comment: { text: "hi" } })).not.toEqual([]);
  });
});

describe("bulk request", () => {
  const body = bodySchema("POST", "/k/v1/bulkRequest.json");
  const add = { method: "POST", api: "/k/v1/record.json", payload: { app: 1, record: {} } };

  it("ties each payload to its method and api", () => {
    const branches = schemas.BulkRequestEntry.oneOf.map(
      (b: { $ref: string }) => schemas[refName(b) as string],
    );
    const pairs = branches.map(
      (b: any) => `${b.properties.method.const} ${b.properties.api.const}`,
    );
    expect(pairs.sort()).toEqual(
      [
        "POST /k/v1/record.json",
        "POST /k/v1/records.json",
        "PUT /k/v1/record.json",
        "PUT /k/v1/records.json",
        "DELETE /k/v1/records.json",
        "PUT /k/v1/record/status.json",
        "PUT /k/v1/records/status.json",
        "PUT /k/v1/record/assignees.json",
      ].sort(),
    );
    for (const branch of branches) {
      const operation = op(branch.properties.method.const, branch.properties.api.const);
      expect(branch.properties.payload).toEqual(
        operation.requestBody.content["application/json"].schema,
      );
      expect(branch.required).toEqual(["method", "api", "payload"]);
    }
    expect(schemas.BulkRequestRequest.properties.requests.maxItems).toBe(20);
  });

  it("rejects more than 20 requests, mismatched payloads and other APIs", () => {
    expect(validate(body, { requests: Array(20).fill(add) })).toEqual([]);
    expect(validate(body, { requests: Array(21).fill(add) })).not.toEqual([]);
    expect(validate(body, { requests: [{ ...add, payload: { app: 1, ids: [1] } }] })).not.toEqual(
      [],
    );
    expect(
      validate(body, {
        requests: [{ method: "DELETE", api: "/k/v1/records.json", payload: { app: 1, ids: [1] } }],
      }),
    ).toEqual([]);
    expect(
      validate(body, {
        requests: [{ method: "GET", api: "/k/v1/records.json", payload: { app: 1 } }],
      }),
    ).not.toEqual([]);
    expect(
      validate(body, { requests: [{ ...add, api: "/k/v1/record/comment.json" }] }),
    ).not.toEqual([]);
  });

  it("has its own error body showing which request failed", () => {
    const response = op("POST", "/k/v1/bulkRequest.json").responses["4XX"];
    expect(response.$ref).toBe("#/components/responses/BulkRequestClientError");
    const pointer =
      "#/components/responses/BulkRequestClientError/content/application~1json/schema";
    const error = { code: "GAIA_RE01", id: "x", message: "Not found." };
    expect(validate(pointer, { results: [{}, error, {}] })).toEqual([]);
    expect(validate(pointer, error)).toEqual([]);
    expect(validate(pointer, { results: [{}, { code: "GAIA_RE01" }] })).not.toEqual([]);
    expect(validate(schema("BulkRequestErrorBody"), { results: [{ revision: "2" }] })).not.toEqual(
      [],
    );
    expect(op("POST", "/k/v1/bulkRequest.json").description).toMatch(
      /\/k\/guest\/\{guestSpaceId\}\/v1\//,
    );
  });
});

describe("process management and permissions", () => {
  it("requires action, app and id to run a status action", () => {
    const body = bodySchema("PUT", "/k/v1/record/status.json");
    expect(schemas.UpdateRecordStatusRequest.required).toEqual(["action", "app", "id"]);
    expect(validate(body, { app: 1, id: 1, action: "Submit", assignee: "sato" })).toEqual([]);
    expect(validate(body, { app: 1, id: 1 })).not.toEqual([]);
    const many = bodySchema("PUT", "/k/v1/records/status.json");
    expect(
      validate(many, { app: 1, records: Array(101).fill({ id: 1, action: "A" }) }),
    ).not.toEqual([]);
  });

  it("rejects more than 100 assignees", () => {
    const body = bodySchema("PUT", "/k/v1/record/assignees.json");
    expect(validate(body, { app: 1, id: 1, assignees: [] })).toEqual([]);
    expect(validate(body, { app: 1, id: 1, assignees: Array(101).fill("sato") })).not.toEqual([]);
  });

  it("evaluates record and field rights as booleans", () => {
    const response = responseSchema("GET", "/k/v1/records/acl/evaluate.json");
    const right = {
      id: "1",
      record: { viewable: true, editable: false, deletable: false },
      fields: { a: { viewable: true, editable: false } },
    };
    expect(validate(response, { rights: [right] })).toEqual([]);
    expect(
      validate(response, {
        rights: [{ ...right, record: { viewable: "true", editable: false, deletable: false } }],
      }),
    ).not.toEqual([]);
    expect(
      validate(response, { rights: [{ ...right, fields: { a: { viewable: true } } }] }),
    ).not.toEqual([]);
  });
});

describe("files", () => {
  it("uploads a multipart `file` part and returns a fileKey", () => {
    const upload = op("POST", "/k/v1/file.json");
    const multipart = upload.requestBody.content["multipart/form-data"].schema;
    expect(refName(multipart)).toBe("UploadFileRequest");
    expect(schemas.UploadFileRequest.required).toEqual(["file"]);
    expect(schemas.UploadFileRequest.properties.file).toMatchObject({
      type: "string",
      format: "binary",
    });
    expect(schemas.UploadFileResponse.required).toEqual(["fileKey"]);
  });

  it("downloads any content type as binary with a required fileKey", () => {
    const download = op("GET", "/k/v1/file.json");
    expect(Object.keys(download.responses["200"].content)).toEqual(["*/*"]);
    expect(schemas.DownloadFileResponse).toMatchObject({ type: "string", format: "binary" });
    expect(param("GET", "/k/v1/file.json", "fileKey").required).toBe(true);
  });
});
