import { describe, expect, it } from "vitest";
import { createSchemaValidator } from "../src/create-schema-validator.js";
import { findOperation, listOperations, loadBundle } from "./load-bundle.js";

// Spaces area (issue 5): spaces, threads, guests, plug-ins, API metadata and global search,
// checked against the committed bundles.
const canonical = loadBundle("openapi.yaml");
const withGuest = loadBundle("openapi.with-guest.yaml");
const validate = createSchemaValidator(canonical);
const schemas = canonical.components.schemas as Record<string, any>;
const parameters = canonical.components.parameters as Record<string, any>;
const schema = (name: string) => `#/components/schemas/${name}`;
const refName = (node: { $ref?: string } | undefined) =>
  node?.$ref?.replace(/^#\/components\/(schemas|parameters)\//, "");

type Auth = "ApiToken" | "Password" | "Session" | "OAuth2";
const userSession: Auth[] = ["Password", "Session"];
const anonymous: Auth[] = [];

type Row = {
  method: string;
  path: string;
  operationId: string;
  clientMethod: string;
  tag: string;
  guest: boolean;
  auth: Auth[];
};

const operations: Row[] = [
  {
    method: "GET",
    path: "/k/v1/space.json",
    operationId: "getSpace",
    clientMethod: "space.getSpace",
    tag: "spaces",
    guest: true,
    auth: userSession,
  },
  {
    method: "PUT",
    path: "/k/v1/space.json",
    operationId: "updateSpace",
    clientMethod: "space.updateSpace",
    tag: "spaces",
    guest: true,
    auth: userSession,
  },
  {
    method: "DELETE",
    path: "/k/v1/space.json",
    operationId: "deleteSpace",
    clientMethod: "space.deleteSpace",
    tag: "spaces",
    guest: true,
    auth: userSession,
  },
  {
    method: "POST",
    path: "/k/v1/template/space.json",
    operationId: "addSpaceFromTemplate",
    clientMethod: "space.addSpaceFromTemplate",
    tag: "spaces",
    guest: false,
    auth: userSession,
  },
  {
    method: "PUT",
    path: "/k/v1/space/body.json",
    operationId: "updateSpaceBody",
    clientMethod: "space.updateSpaceBody",
    tag: "spaces",
    guest: true,
    auth: userSession,
  },
  {
    method: "GET",
    path: "/k/v1/space/members.json",
    operationId: "getSpaceMembers",
    clientMethod: "space.getSpaceMembers",
    tag: "spaces",
    guest: true,
    auth: userSession,
  },
  {
    method: "PUT",
    path: "/k/v1/space/members.json",
    operationId: "updateSpaceMembers",
    clientMethod: "space.updateSpaceMembers",
    tag: "spaces",
    guest: true,
    auth: userSession,
  },
  {
    method: "POST",
    path: "/k/v1/space/thread.json",
    operationId: "addThread",
    clientMethod: "space.addThread",
    tag: "threads",
    guest: true,
    auth: userSession,
  },
  {
    method: "PUT",
    path: "/k/v1/space/thread.json",
    operationId: "updateThread",
    clientMethod: "space.updateThread",
    tag: "threads",
    guest: true,
    auth: userSession,
  },
  {
    method: "POST",
    path: "/k/v1/space/thread/comment.json",
    operationId: "addThreadComment",
    clientMethod: "space.addThreadComment",
    tag: "threads",
    guest: true,
    auth: userSession,
  },
  {
    method: "GET",
    path: "/k/v1/spaces/statistics.json",
    operationId: "getSpacesStatistics",
    clientMethod: "space.getStatistics",
    tag: "spaces",
    guest: false,
    auth: userSession,
  },
  {
    method: "POST",
    path: "/k/v1/guests.json",
    operationId: "addGuests",
    clientMethod: "space.addGuests",
    tag: "guests",
    guest: false,
    auth: userSession,
  },
  {
    method: "DELETE",
    path: "/k/v1/guests.json",
    operationId: "deleteGuests",
    clientMethod: "space.deleteGuests",
    tag: "guests",
    guest: false,
    auth: userSession,
  },
  {
    method: "PUT",
    path: "/k/guest/{guestSpaceId}/v1/space/guests.json",
    operationId: "updateSpaceGuests",
    clientMethod: "space.updateSpaceGuests",
    tag: "guests",
    guest: false,
    auth: userSession,
  },
  {
    method: "GET",
    path: "/k/v1/plugins.json",
    operationId: "getPlugins",
    clientMethod: "plugin.getPlugins",
    tag: "plugins",
    guest: false,
    auth: userSession,
  },
  {
    method: "POST",
    path: "/k/v1/plugin.json",
    operationId: "installPlugin",
    clientMethod: "plugin.installPlugin",
    tag: "plugins",
    guest: false,
    auth: userSession,
  },
  {
    method: "PUT",
    path: "/k/v1/plugin.json",
    operationId: "updatePlugin",
    clientMethod: "plugin.updatePlugin",
    tag: "plugins",
    guest: false,
    auth: userSession,
  },
  {
    method: "DELETE",
    path: "/k/v1/plugin.json",
    operationId: "uninstallPlugin",
    clientMethod: "plugin.uninstallPlugin",
    tag: "plugins",
    guest: false,
    auth: userSession,
  },
  {
    method: "GET",
    path: "/k/v1/plugin/apps.json",
    operationId: "getPluginApps",
    clientMethod: "plugin.getApps",
    tag: "plugins",
    guest: false,
    auth: userSession,
  },
  {
    method: "GET",
    path: "/k/v1/plugins/required.json",
    operationId: "getRequiredPlugins",
    clientMethod: "plugin.getRequiredPlugins",
    tag: "plugins",
    guest: false,
    auth: userSession,
  },
  {
    method: "GET",
    path: "/k/v1/apis.json",
    operationId: "getApis",
    clientMethod: "getApis",
    tag: "api-metadata",
    guest: false,
    auth: anonymous,
  },
  {
    method: "GET",
    path: "/k/v1/apis/{api}.json",
    operationId: "getApi",
    clientMethod: "getApi",
    tag: "api-metadata",
    guest: false,
    auth: anonymous,
  },
  {
    method: "POST",
    path: "/k/v1/search.json",
    operationId: "search",
    clientMethod: "search",
    tag: "search",
    guest: true,
    auth: userSession,
  },
];

const operation = (row: { method: string; path: string }) => {
  const found = findOperation(canonical, row.method, row.path);
  if (!found) throw new Error(`${row.method} ${row.path} is missing from the canonical bundle`);
  return found;
};
const byId = (operationId: string) => {
  const row = operations.find((entry) => entry.operationId === operationId);
  if (!row) throw new Error(`no row for ${operationId}`);
  return operation(row);
};
const guestPath = (path: string) => path.replace(/^\/k\/v1\//, "/k/guest/{guestSpaceId}/v1/");
const areaTags = ["spaces", "threads", "guests", "plugins", "api-metadata", "search"];

describe.each(operations.map((row) => [`${row.method} ${row.path}`, row] as const))(
  "%s",
  (_, row) => {
    it("has the expected id, client method, tag and guest flag", () => {
      const op = operation(row);
      expect(op.operationId).toBe(row.operationId);
      expect(op["x-kintone-method"]).toBe(row.clientMethod);
      expect(op.tags).toEqual([row.tag]);
      expect(op["x-kintone-guest"]).toBe(row.guest);
    });

    it("accepts exactly the documented auth kinds, never API tokens or OAuth", () => {
      const security = operation(row).security as Record<string, string[]>[];
      if (row.auth.length === 0) {
        expect(security).toEqual([{}]);
        return;
      }
      expect(security).toEqual(row.auth.map((scheme) => ({ [scheme]: [] })));
    });

    it(row.guest ? "has a guest-space copy" : "has no derived guest-space copy", () => {
      const copy = withGuest.paths[guestPath(row.path)]?.[row.method.toLowerCase()];
      if (row.guest) expect(copy?.operationId).toBe(`${row.operationId}InGuestSpace`);
      else if (row.path.startsWith("/k/v1/")) expect(copy).toBeUndefined();
      else expect(copy?.operationId).toBe(row.operationId);
    });

    it("sends a JSON request body for writes and none for reads", () => {
      const op = operation(row);
      if (row.method === "GET") {
        expect(op.requestBody).toBeUndefined();
        return;
      }
      expect(op.requestBody.required).toBe(true);
      const bodySchema = op.requestBody.content["application/json"].schema;
      const expected = `${row.operationId[0]?.toUpperCase()}${row.operationId.slice(1)}Request`;
      expect(refName(bodySchema)).toBe(expected);
    });

    it("names its 200 schema after the operation", () => {
      const ok = operation(row).responses["200"].content["application/json"].schema;
      const expected = `${row.operationId[0]?.toUpperCase()}${row.operationId.slice(1)}Response`;
      expect(refName(ok)).toBe(expected);
    });
  },
);

describe("area coverage", () => {
  it("lists every operation tagged with this area's tags in the table", () => {
    const tagged = listOperations(canonical)
      .filter(({ operation: op }) => areaTags.includes(op.tags?.[0]))
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`)
      .sort();
    expect(tagged).toEqual(operations.map((row) => `${row.method} ${row.path}`).sort());
  });

  it("allows X-HTTP-Method-Override on GETs with query parameters only", () => {
    for (const row of operations.filter((entry) => entry.method === "GET")) {
      const op = operation(row);
      const hasQuery = (op.parameters ?? []).some(
        (parameter: any) =>
          (parameter.$ref ? parameters[refName(parameter) ?? ""] : parameter).in === "query",
      );
      expect(op["x-kintone-method-override"], row.operationId).toBe(hasQuery);
    }
    expect(byId("getApis")["x-kintone-method-override"]).toBe(false);
    expect(byId("getApi")["x-kintone-method-override"]).toBe(false);
  });

  it("states the daily request limit exemption where kintone grants it", () => {
    const exempt = [
      "getSpace",
      "deleteSpace",
      "addSpaceFromTemplate",
      "updateSpaceBody",
      "getSpaceMembers",
      "updateSpaceMembers",
      "updateThread",
      "addThreadComment",
      "addGuests",
      "deleteGuests",
      "updateSpaceGuests",
      "getApis",
      "getApi",
    ];
    for (const id of exempt) expect(byId(id).description, id).toMatch(/daily request\s+limit/);
    for (const id of ["updateSpace", "addThread", "getPlugins", "search"])
      expect(byId(id).description, id).not.toMatch(/daily request\s+limit/);
  });
});

describe("guest-only operation", () => {
  const path = "/k/guest/{guestSpaceId}/v1/space/guests.json";

  it("is written by hand with the guest-space prefix and marked guest-only", () => {
    const op = byId("updateSpaceGuests");
    expect(op["x-kintone-guest"]).toBe(false);
    expect(op["x-kintone-guest-only"]).toBe(true);
    expect(canonical.paths["/k/v1/space/guests.json"]).toBeUndefined();
    expect(withGuest.paths["/k/v1/space/guests.json"]).toBeUndefined();
  });

  it("takes a required integer guestSpaceId path parameter", () => {
    expect(canonical.paths[path].parameters).toEqual([
      { $ref: "#/components/parameters/GuestSpaceIdPath" },
    ]);
    expect(parameters.GuestSpaceIdPath).toMatchObject({
      name: "guestSpaceId",
      in: "path",
      required: true,
      schema: { type: "integer", minimum: 1 },
    });
  });

  it("keeps the hand-written path unchanged in the guest bundle", () => {
    expect(withGuest.paths[path].put.operationId).toBe("updateSpaceGuests");
    expect(withGuest.paths[path].parameters).toEqual([
      { $ref: "#/components/parameters/GuestSpaceIdPath" },
    ]);
  });
});

describe("extensions", () => {
  it("marks only the global search as experimental and says it may change", () => {
    const search = byId("search");
    expect(search["x-kintone-experimental"]).toBe(true);
    expect(search.description).toMatch(/may still change/);
    for (const row of operations.filter((entry) => entry.operationId !== "search"))
      expect(operation(row)["x-kintone-experimental"], row.operationId).toBeUndefined();
  });

  it("passes the API ID of getApi as a slash-containing path parameter", () => {
    const [parameter] = canonical.paths["/k/v1/apis/{api}.json"].parameters;
    expect(parameter).toMatchObject({ name: "api", in: "path", required: true });
    const pattern = new RegExp(parameter.schema.pattern);
    expect(pattern.test("records/get")).toBe(true);
    expect(pattern.test("app/form/fields/get")).toBe(true);
    expect(pattern.test("records")).toBe(false);
    expect(pattern.test("../file/get")).toBe(false);
  });
});

describe("limits, enums and nullability", () => {
  it("caps guest lists at 100 and thread comment attachments and mentions", () => {
    expect(schemas.AddGuestsRequest.properties.guests.maxItems).toBe(100);
    expect(schemas.DeleteGuestsRequest.properties.guests.maxItems).toBe(100);
    const comment = schemas.SpaceThreadCommentInput.properties;
    expect(comment.files.maxItems).toBe(5);
    expect(comment.mentions.maxItems).toBe(10);
    expect(comment.text.maxLength).toBe(65535);
    expect(schemas.AddThreadRequest.properties.name).toMatchObject({
      minLength: 1,
      maxLength: 128,
    });
    expect(schemas.UpdateThreadRequest.properties.body.maxLength).toBe(65535);
  });

  it("pages plug-ins by 100 and plug-in apps by 500", () => {
    expect(parameters.PluginListLimitQuery.schema).toMatchObject({ minimum: 1, maximum: 100 });
    const appsLimit = byId("getPluginApps").parameters.find((p: any) => p.name === "limit");
    expect(appsLimit.schema).toMatchObject({ minimum: 1, maximum: 500 });
    const ids = byId("getPlugins").parameters.find((p: any) => p.name === "ids");
    expect(ids.schema).toMatchObject({ type: "array", maxItems: 100 });
  });

  it("uses closed enums for member kinds, cover types, locales and search values", () => {
    const kinds = ["USER", "GROUP", "ORGANIZATION"];
    expect(schemas.SpaceMemberEntity.properties.type.enum).toEqual(kinds);
    expect(schemas.SpaceMemberEntityInput.properties.type.enum).toEqual(kinds);
    expect(schemas.SpaceThreadMentionInput.properties.type.enum).toEqual(kinds);
    expect(schemas.GetSpaceResponse.properties.coverType.enum).toEqual(["BLOB", "PRESET"]);
    expect(schemas.SpacePermissions.properties.createApp.enum).toEqual(["EVERYONE", "ADMIN"]);
    expect(schemas.GuestUserInput.properties.locale.enum).toEqual(["auto", "ja", "en", "zh"]);
    expect(schemas.SearchQueryCondition.properties.operator.enum).toEqual(["AND", "OR", "NOT"]);
    expect(schemas.SearchHitType.enum).toHaveLength(8);
    expect(schemas.GetApiResponse.properties.httpMethod.enum).toEqual([
      "GET",
      "POST",
      "PUT",
      "DELETE",
    ]);
  });

  it("requires every documented space property and allows null where kintone sends it", () => {
    const space = schemas.GetSpaceResponse;
    expect(space.required).toHaveLength(Object.keys(space.properties).length);
    expect(space.properties.body.type).toEqual(["string", "null"]);
    for (const widget of [
      "showAnnouncement",
      "showThreadList",
      "showAppList",
      "showMemberList",
      "showRelatedLinkList",
    ])
      expect(space.properties[widget].type, widget).toEqual(["boolean", "null"]);
    expect(schemas.SpaceAttachedApp.properties.threadId.type).toEqual(["string", "null"]);
  });

  it("discriminates search hits on type, with one const branch per kind and no mapping", () => {
    const hit = schemas.SearchHit;
    expect(hit.discriminator).toEqual({ propertyName: "type" });
    const consts = hit.oneOf.map((branch: { $ref: string }) => {
      const target = schemas[refName(branch) ?? ""];
      expect(target.required).toContain("type");
      return target.properties.type.const;
    });
    expect(consts.sort()).toEqual([...schemas.SearchHitType.enum].sort());
  });
});

type Case = { name: string; schema: string; value: unknown; valid: boolean };
const repeat = <T>(count: number, make: (index: number) => T) =>
  Array.from({ length: count }, (_, index) => make(index));
const guest = (index: number) => ({
  code: `guest${index}@example.com`,
  password: "p@ssw0rd",
  timezone: "Asia/Tokyo",
  name: `Guest ${index}`,
});
const space = {
  id: "4",
  name: "営業部",
  defaultThread: "5",
  isPrivate: false,
  creator: { code: "sato", name: "佐藤" },
  modifier: { code: "sato", name: "佐藤" },
  memberCount: "3",
  coverType: "PRESET",
  coverKey: "GREEN",
  coverUrl: "https://example.cybozu.com/cover.png",
  body: null,
  useMultiThread: false,
  isGuest: false,
  attachedApps: [],
  fixedMember: false,
  showAnnouncement: null,
  showThreadList: null,
  showAppList: null,
  showMemberList: null,
  showRelatedLinkList: null,
  permissions: { createApp: "EVERYONE" },
};
const user = { code: "sato", name: "佐藤" };
const recordHit = {
  type: "RECORD",
  url: "https://example.cybozu.com/k/1/show#record=1",
  snippets: [],
  record: {
    appId: "1",
    appName: "案件",
    recordId: "1",
    recordTitle: "A社",
    createdAt: "2025-05-01T00:00:00Z",
    creator: user,
    matchedFields: [{ code: "memo" }],
  },
};
const keywords = (count: number, length = 2) => repeat(count, (i) => `${i}`.padEnd(length, "k"));

const cases: Case[] = [
  {
    name: "100 guests",
    schema: "AddGuestsRequest",
    value: { guests: repeat(100, guest) },
    valid: true,
  },
  {
    name: "101 guests",
    schema: "AddGuestsRequest",
    value: { guests: repeat(101, guest) },
    valid: false,
  },
  {
    name: "a guest without a time zone",
    schema: "AddGuestsRequest",
    value: { guests: [{ ...guest(1), timezone: undefined }] },
    valid: false,
  },
  {
    name: "an unknown guest locale",
    schema: "GuestUserInput",
    value: { ...guest(1), locale: "fr" },
    valid: false,
  },
  {
    name: "a guest name of 129 characters",
    schema: "GuestUserInput",
    value: { ...guest(1), name: "x".repeat(129) },
    valid: false,
  },
  {
    name: "a guest code that is no email",
    schema: "GuestUserInput",
    value: { ...guest(1), code: "yamada" },
    valid: false,
  },
  {
    name: "101 guests to delete",
    schema: "DeleteGuestsRequest",
    value: { guests: repeat(101, (i) => `g${i}@example.com`) },
    valid: false,
  },
  {
    name: "guest members with an extra property",
    schema: "UpdateSpaceGuestsRequest",
    value: { id: 3, guests: [], spaceId: 3 },
    valid: false,
  },
  {
    name: "a text comment",
    schema: "AddThreadCommentRequest",
    value: { space: 1, thread: "2", comment: { text: "hi" } },
    valid: true,
  },
  {
    name: "a comment with neither text nor files",
    schema: "AddThreadCommentRequest",
    value: { space: 1, thread: 2, comment: { mentions: [] } },
    valid: false,
  },
  {
    name: "a comment with 6 files",
    schema: "AddThreadCommentRequest",
    value: { space: 1, thread: 2, comment: { files: repeat(6, (i) => ({ fileKey: `k${i}` })) } },
    valid: false,
  },
  {
    name: "a comment with 11 mentions",
    schema: "AddThreadCommentRequest",
    value: {
      space: 1,
      thread: 2,
      comment: { text: "x", mentions: repeat(11, (i) => ({ code: `u${i}`, type: "USER" })) },
    },
    valid: false,
  },
  {
    name: "an image width of 99",
    schema: "SpaceThreadCommentFileInput",
    value: { fileKey: "k", width: 99 },
    valid: false,
  },
  {
    name: 'an image width of "751"',
    schema: "SpaceThreadCommentFileInput",
    value: { fileKey: "k", width: "751" },
    valid: false,
  },
  {
    name: 'an image width of "750"',
    schema: "SpaceThreadCommentFileInput",
    value: { fileKey: "k", width: "750" },
    valid: true,
  },
  {
    name: "a comment text over 65,535 characters",
    schema: "SpaceThreadCommentInput",
    value: { text: "x".repeat(65536) },
    valid: false,
  },
  {
    name: "a thread name of 129 characters",
    schema: "AddThreadRequest",
    value: { space: 1, name: "x".repeat(129) },
    valid: false,
  },
  {
    name: "an empty thread name",
    schema: "UpdateThreadRequest",
    value: { id: 1, name: "" },
    valid: false,
  },
  { name: "a space ID of 0", schema: "DeleteSpaceRequest", value: { id: 0 }, valid: false },
  {
    name: "a DEPARTMENT member kind",
    schema: "UpdateSpaceMembersRequest",
    value: { id: 1, members: [{ entity: { type: "DEPARTMENT", code: "sales" }, isAdmin: true }] },
    valid: false,
  },
  {
    name: "an empty member list",
    schema: "UpdateSpaceMembersRequest",
    value: { id: 1, members: [] },
    valid: false,
  },
  {
    name: "includeSubs as a word",
    schema: "SpaceMemberInput",
    value: { entity: { type: "ORGANIZATION", code: "sales" }, includeSubs: "yes" },
    valid: false,
  },
  {
    name: "a template space without members",
    schema: "AddSpaceFromTemplateRequest",
    value: { id: 1, name: "New" },
    valid: false,
  },
  {
    name: "an unknown createApp value",
    schema: "UpdateSpaceRequest",
    value: { id: 1, permissions: { createApp: "MEMBERS" } },
    valid: false,
  },
  { name: "a valid single-thread space", schema: "GetSpaceResponse", value: space, valid: true },
  {
    name: "a member count as a number",
    schema: "GetSpaceResponse",
    value: { ...space, memberCount: 3 },
    valid: false,
  },
  {
    name: "a space without permissions",
    schema: "GetSpaceResponse",
    value: { ...space, permissions: undefined },
    valid: false,
  },
  {
    name: "an unknown cover type",
    schema: "GetSpaceResponse",
    value: { ...space, coverType: "URL" },
    valid: false,
  },
  {
    name: "a member without isAdmin",
    schema: "GetSpaceMembersResponse",
    value: { members: [{ entity: { type: "USER", code: "sato" } }] },
    valid: false,
  },
  {
    name: "a plug-in without version",
    schema: "GetPluginsResponse",
    value: { plugins: [{ id: "a", name: "A", isMarketPlugin: false }] },
    valid: false,
  },
  {
    name: "a plug-in install without fileKey",
    schema: "InstallPluginRequest",
    value: {},
    valid: false,
  },
  {
    name: "an API schema with method PATCH",
    schema: "GetApiResponse",
    value: {
      id: "x/get",
      baseUrl: "b",
      path: "p",
      httpMethod: "PATCH",
      request: {},
      response: {},
      schemas: {},
    },
    valid: false,
  },
  {
    name: "a search with 20 keywords",
    schema: "SearchRequest",
    value: { query: [{ operator: "AND", keywords: keywords(20) }] },
    valid: true,
  },
  {
    name: "a search with 21 conditions",
    schema: "SearchRequest",
    value: { query: repeat(21, () => ({ operator: "AND", keywords: ["a"] })) },
    valid: false,
  },
  {
    name: "a search keyword of 51 characters",
    schema: "SearchRequest",
    value: { query: [{ operator: "AND", keywords: keywords(1, 51) }] },
    valid: false,
  },
  {
    name: "an XOR search operator",
    schema: "SearchRequest",
    value: { query: [{ operator: "XOR", keywords: ["a"] }] },
    valid: false,
  },
  {
    name: "a search without conditions",
    schema: "SearchRequest",
    value: { query: [] },
    valid: false,
  },
  {
    name: "a PEOPLE scope with ids",
    schema: "SearchRequest",
    value: {
      query: [{ operator: "AND", keywords: ["a"] }],
      scopes: [{ scope: "PEOPLE", ids: [1] }],
    },
    valid: false,
  },
  {
    name: "an APP scope with codes",
    schema: "SearchRequest",
    value: {
      query: [{ operator: "AND", keywords: ["a"] }],
      scopes: [{ scope: "APP", codes: ["sato"] }],
    },
    valid: false,
  },
  {
    name: "a search limit of 21",
    schema: "SearchRequest",
    value: { query: [{ operator: "AND", keywords: ["a"] }], limit: 21 },
    valid: false,
  },
  {
    name: "a record hit",
    schema: "SearchResponse",
    value: { hits: [recordHit], nextPageToken: null },
    valid: true,
  },
  {
    name: "a hit of an unknown type",
    schema: "SearchResponse",
    value: { hits: [{ ...recordHit, type: "FOO" }] },
    valid: false,
  },
  {
    name: "a record hit without its record",
    schema: "SearchResponse",
    value: { hits: [{ ...recordHit, record: undefined }] },
    valid: false,
  },
  {
    name: "a record hit with a numeric app ID",
    schema: "SearchResponse",
    value: { hits: [{ ...recordHit, record: { ...recordHit.record, appId: 1 } }] },
    valid: false,
  },
];

describe("schemas accept what kintone takes and reject the rest", () => {
  it.each(cases)("$name is valid: $valid", ({ schema: name, value, valid }) => {
    const errors = validate(schema(name), JSON.parse(JSON.stringify(value)));
    if (valid) expect(errors).toEqual([]);
    else expect(errors.length).toBeGreaterThan(0);
  });
});
