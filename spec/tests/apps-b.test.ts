import { describe, expect, it } from "vitest";
import { createSchemaValidator } from "../src/create-schema-validator.js";
import { findOperation, listOperations, loadBundle } from "./load-bundle.js";

// Apps area, part B (issue 4): general settings, process management, customization,
// notifications, graphs, app actions, admin notes and app/record/field permissions, checked
// against the committed bundles.
const canonical = loadBundle("openapi.yaml");
const withGuest = loadBundle("openapi.with-guest.yaml");
const validate = createSchemaValidator(canonical);
const schemas = canonical.components.schemas as Record<string, any>;
const schema = (name: string) => `#/components/schemas/${name}`;
const refName = (node: { $ref?: string } | undefined) =>
  node?.$ref?.replace("#/components/schemas/", "");

type Auth = "ApiToken" | "Password" | "Session" | "OAuth2";
const all: Auth[] = ["ApiToken", "Password", "Session", "OAuth2"];
const noToken: Auth[] = ["Password", "Session", "OAuth2"];
const noOAuth: Auth[] = ["ApiToken", "Password", "Session"];
const read = "k:app_settings:read";
const write = "k:app_settings:write";

type Row = {
  method: "GET" | "PUT";
  path: string;
  operationId: string;
  clientMethod: string;
  tag: string;
  auth: Auth[];
  lang?: boolean;
  previewOf?: string;
};

// One live GET, its preview twin and the preview PUT for every settings kind.
function settingsTrio(
  live: string,
  get: string,
  update: string,
  tag: string,
  auth: Auth[],
  lang: boolean,
): Row[] {
  return [
    {
      method: "GET",
      path: `/k/v1/${live}`,
      operationId: get,
      clientMethod: `app.${get}`,
      tag,
      auth,
      lang,
    },
    {
      method: "GET",
      path: `/k/v1/preview/${live}`,
      operationId: `${get}Preview`,
      clientMethod: `app.${get}`,
      tag,
      auth,
      lang,
      previewOf: get,
    },
    {
      method: "PUT",
      path: `/k/v1/preview/${live}`,
      operationId: update,
      clientMethod: `app.${update}`,
      tag,
      auth,
    },
  ] as Row[];
}

// Live GET and PUT plus preview GET and PUT twins for every permission kind.
function aclQuad(live: string, kind: "App" | "Record" | "Field", lang: boolean): Row[] {
  const get = `get${kind}Acl`;
  const update = `update${kind}Acl`;
  const preview = live.replace("/k/v1/", "/k/v1/preview/");
  const tag = "app-permissions";
  return [
    {
      method: "GET",
      path: live,
      operationId: get,
      clientMethod: `app.${get}`,
      tag,
      auth: all,
      lang,
    },
    {
      method: "PUT",
      path: live,
      operationId: update,
      clientMethod: `app.${update}`,
      tag,
      auth: all,
    },
    {
      method: "GET",
      path: preview,
      operationId: `${get}Preview`,
      clientMethod: `app.${get}`,
      tag,
      auth: all,
      lang,
      previewOf: get,
    },
    {
      method: "PUT",
      path: preview,
      operationId: `${update}Preview`,
      clientMethod: `app.${update}`,
      tag,
      auth: all,
      previewOf: update,
    },
  ];
}

const operations: Row[] = [
  ...settingsTrio(
    "app/settings.json",
    "getAppSettings",
    "updateAppSettings",
    "app-settings",
    all,
    true,
  ),
  ...settingsTrio(
    "app/status.json",
    "getProcessManagement",
    "updateProcessManagement",
    "app-process",
    all,
    true,
  ),
  ...settingsTrio(
    "app/customize.json",
    "getAppCustomize",
    "updateAppCustomize",
    "app-settings",
    noToken,
    false,
  ),
  ...settingsTrio(
    "app/notifications/general.json",
    "getGeneralNotifications",
    "updateGeneralNotifications",
    "notifications",
    all,
    false,
  ),
  ...settingsTrio(
    "app/notifications/perRecord.json",
    "getPerRecordNotifications",
    "updatePerRecordNotifications",
    "notifications",
    all,
    true,
  ),
  ...settingsTrio(
    "app/notifications/reminder.json",
    "getReminderNotifications",
    "updateReminderNotifications",
    "notifications",
    all,
    true,
  ),
  ...settingsTrio("app/reports.json", "getReports", "updateReports", "reports", all, true),
  ...settingsTrio("app/actions.json", "getAppActions", "updateAppActions", "actions", all, true),
  ...settingsTrio(
    "app/adminNotes.json",
    "getAdminNotes",
    "updateAdminNotes",
    "app-settings",
    noOAuth,
    false,
  ),
  ...aclQuad("/k/v1/app/acl.json", "App", false),
  ...aclQuad("/k/v1/record/acl.json", "Record", true),
  ...aclQuad("/k/v1/field/acl.json", "Field", false),
];

const areaPaths = new Set(operations.map(({ path }) => path));
const byId = new Map(
  listOperations(canonical).map((entry) => [entry.operation.operationId, entry]),
);

describe("apps area B operation table", () => {
  it("lists exactly the 39 operations the area serves", () => {
    const inBundle = listOperations(canonical)
      .filter(({ path }) => areaPaths.has(path))
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`)
      .sort();
    const expected = operations.map(({ method, path }) => `${method} ${path}`).sort();
    expect(operations).toHaveLength(39);
    expect(inBundle).toEqual(expected);
  });

  describe.each(operations.map((row) => [`${row.method} ${row.path}`, row] as const))(
    "%s",
    (_, row) => {
      const operation = findOperation(canonical, row.method, row.path) as Record<string, any>;

      it("has the agreed id, client method, tag and guest flag", () => {
        expect(operation.operationId).toBe(row.operationId);
        expect(operation["x-kintone-method"]).toBe(row.clientMethod);
        expect(operation.tags).toEqual([row.tag]);
        expect(operation["x-kintone-guest"]).toBe(true);
        expect(operation["x-kintone-preview-of"]).toBe(row.previewOf);
      });

      it("accepts exactly the documented auth kinds with the right OAuth scope", () => {
        const names = (operation.security as Record<string, string[]>[]).map((entry) =>
          Object.keys(entry).join("+"),
        );
        expect(names).toEqual(row.auth);
        const oauth = (operation.security as Record<string, string[]>[]).find(
          (entry) => entry.OAuth2,
        );
        if (row.auth.includes("OAuth2"))
          expect(oauth?.OAuth2).toEqual([row.method === "GET" ? read : write]);
        else expect(oauth).toBeUndefined();
      });

      if (row.method === "GET")
        it("takes app (and lang where documented) as query parameters and allows the method override", () => {
          const names = (operation.parameters as { $ref: string }[]).map(({ $ref }) =>
            $ref.replace("#/components/parameters/", ""),
          );
          expect(names).toEqual(
            row.lang ? ["AppSettingsAppQuery", "AppSettingsLangQuery"] : ["AppSettingsAppQuery"],
          );
          expect(operation["x-kintone-method-override"]).toBe(true);
          expect(operation.requestBody).toBeUndefined();
        });
      else
        it("takes a required JSON body named after the live operation", () => {
          const live = row.previewOf ?? row.operationId;
          const pascal = live.charAt(0).toUpperCase() + live.slice(1);
          expect(operation.requestBody.required).toBe(true);
          expect(refName(operation.requestBody.content["application/json"].schema)).toBe(
            `${pascal}Request`,
          );
          expect(operation.parameters).toBeUndefined();
        });

      it("answers with the response schema named after the live operation", () => {
        const live = row.previewOf ?? row.operationId;
        const pascal = live.charAt(0).toUpperCase() + live.slice(1);
        expect(refName(operation.responses["200"].content["application/json"].schema)).toBe(
          `${pascal}Response`,
        );
      });

      it("has a guest-space copy in the guest bundle", () => {
        const guestPath = row.path.replace(/^\/k\/v1\//, "/k/guest/{guestSpaceId}/v1/");
        const copy = findOperation(withGuest, row.method, guestPath);
        expect(copy?.operationId).toBe(`${row.operationId}InGuestSpace`);
        expect(copy?.["x-kintone-method"]).toBe(row.clientMethod);
      });
    },
  );
});

describe("live and preview variants", () => {
  it.each(operations.filter((row) => row.previewOf).map((row) => [row.operationId, row] as const))(
    "%s shares its live twin's schemas and path shape",
    (_, row) => {
      const twin = byId.get(row.previewOf as string);
      expect(twin?.method).toBe(row.method.toLowerCase());
      expect(row.path).toBe(twin?.path.replace("/k/v1/", "/k/v1/preview/"));
      const preview = byId.get(row.operationId)?.operation as Record<string, any>;
      const live = twin?.operation as Record<string, any>;
      expect(preview.responses["200"].content["application/json"].schema).toEqual(
        live.responses["200"].content["application/json"].schema,
      );
      expect(preview.requestBody?.content["application/json"].schema).toEqual(
        live.requestBody?.content["application/json"].schema,
      );
    },
  );

  it.each(["updateAppAcl", "updateRecordAcl", "updateFieldAcl"])(
    "%s warns that the live PUT deploys every pending setting",
    (operationId) => {
      const operation = byId.get(operationId)?.operation as Record<string, any>;
      expect(operation.summary).toMatch(/deploy all pending settings/);
      expect(operation.description).toMatch(/^\*\*Deploys every pending change of the app/);
      const preview = byId.get(`${operationId}Preview`)?.operation as Record<string, any>;
      expect(preview.description).not.toMatch(/Deploys every pending change/);
    },
  );

  it("serves the admin notes PUT only under /k/v1/preview/", () => {
    expect(findOperation(canonical, "PUT", "/k/v1/app/adminNotes.json")).toBeUndefined();
    expect(findOperation(canonical, "PUT", "/k/v1/preview/app/adminNotes.json")?.operationId).toBe(
      "updateAdminNotes",
    );
  });
});

describe("schema precision", () => {
  it("states every documented limit", () => {
    const settings = schemas.UpdateAppSettingsRequest.properties;
    expect(settings.name).toMatchObject({ minLength: 1, maxLength: 64 });
    expect(settings.description.maxLength).toBe(10000);
    expect(settings.numberPrecision.properties.digits.oneOf[0]).toMatchObject({
      minimum: 1,
      maximum: 30,
    });
    expect(settings.numberPrecision.properties.decimalPlaces.oneOf[0]).toMatchObject({
      minimum: 0,
      maximum: 10,
    });
    expect(settings.firstMonthOfFiscalYear.oneOf[0]).toMatchObject({ minimum: 1, maximum: 12 });
    expect(schemas.ProcessStateInput.properties.name.maxLength).toBe(64);
    for (const list of ["js", "css"])
      expect(schemas.AppCustomizeFilesInput.properties[list].maxItems).toBe(30);
    expect(schemas.ReportWithChartModeInput.properties.groups.maxItems).toBe(3);
    expect(schemas.ReportWithoutChartModeInput.properties.groups.maxItems).toBe(3);
    expect(schemas.ReportWithChartModeInput.properties.name.maxLength).toBe(64);
    expect(schemas.AppActionInput.properties.name).toMatchObject({ minLength: 1, maxLength: 32 });
    expect(schemas.ReminderNotificationInput.properties.title.maxLength).toBe(100);
    expect(schemas.ReminderOffsetInput.oneOf[0]).toMatchObject({ minimum: -10000, maximum: 10000 });
    expect(schemas.UpdateAdminNotesRequest.properties.content.maxLength).toBe(10000);
  });

  it("keeps closed value sets as enums", () => {
    expect(schemas.UpdateAppSettingsRequest.properties.theme.enum).toEqual([
      "WHITE",
      "RED",
      "GREEN",
      "BLUE",
      "YELLOW",
      "BLACK",
    ]);
    expect(schemas.GetAppSettingsResponse.properties.theme.enum).toEqual(
      expect.arrayContaining(["CLIPBOARD", "BINDER", "PENCIL", "CLIPS"]),
    );
    expect(schemas.GetAppCustomizeResponse.properties.scope.enum).toEqual(["ALL", "ADMIN", "NONE"]);
    expect(schemas.ProcessAction.properties.type.enum).toEqual(["PRIMARY", "SECONDARY"]);
    expect(schemas.ProcessState.properties.assignee.properties.type.enum).toEqual([
      "ONE",
      "ALL",
      "ANY",
    ]);
    expect(schemas.FieldAclRight.properties.entities.items.properties.accessibility.enum).toEqual([
      "READ",
      "WRITE",
      "NONE",
    ]);
    expect(schemas.NotificationEntity.properties.type.enum).toEqual([
      "USER",
      "GROUP",
      "ORGANIZATION",
      "FIELD_ENTITY",
    ]);
    const chartTypes = [
      ...schemas.ReportWithChartMode.properties.chartType.enum,
      ...schemas.ReportWithoutChartMode.properties.chartType.enum,
    ].sort();
    expect(chartTypes).toEqual([
      "AREA",
      "BAR",
      "COLUMN",
      "LINE",
      "PIE",
      "PIVOT_TABLE",
      "SPLINE",
      "SPLINE_AREA",
      "TABLE",
    ]);
    expect(schemas.ReportWithChartMode.required).toContain("chartMode");
    expect(schemas.ReportWithoutChartMode.properties.chartMode).toBeUndefined();
  });

  it("marks what kintone answers with null", () => {
    const process = schemas.GetProcessManagementResponse.properties;
    expect(process.states.type).toEqual(["object", "null"]);
    expect(process.actions.type).toEqual(["array", "null"]);
    expect(schemas.AppAction.properties.destApp.type).toEqual(["object", "null"]);
    expect(schemas.AppAction.properties.mappings.type).toEqual(["array", "null"]);
    expect(schemas.AppAclEntity.oneOf[1].properties.code.type).toBe("null");
    expect(schemas.ProcessEntity.oneOf[1].properties.code.type).toBe("null");
  });

  it.each([
    ["GetAppSettingsResponse", ["properties", "icon"], "type", ["AppIconPreset", "AppIconFile"]],
    [
      "UpdateAppSettingsRequest",
      ["properties", "icon"],
      "type",
      ["AppIconPreset", "AppIconFileInput"],
    ],
    [
      "UpdateAppSettingsRequest",
      ["properties", "titleField"],
      "selectionMode",
      ["AppTitleFieldAutoInput", "AppTitleFieldManualInput"],
    ],
    [
      "AppCustomizeFiles",
      ["properties", "js", "items"],
      "type",
      ["CustomizeUrlResource", "CustomizeFileResource"],
    ],
    [
      "AppCustomizeFilesInput",
      ["properties", "css", "items"],
      "type",
      ["CustomizeUrlResourceInput", "CustomizeFileResourceInput"],
    ],
    [
      "AppAction",
      ["properties", "mappings", "items"],
      "srcType",
      ["AppActionFieldMapping", "AppActionRecordUrlMapping"],
    ],
    [
      "ReportPeriodicReport",
      ["properties", "period"],
      "every",
      [
        "ReportPeriodYear",
        "ReportPeriodQuarter",
        "ReportPeriodMonth",
        "ReportPeriodWeek",
        "ReportPeriodDay",
        "ReportPeriodHour",
      ],
    ],
  ] as const)("%s %j is a union discriminated on %s", (owner, path, property, branches) => {
    const node = path.reduce((current: any, key) => current[key], schemas[owner]);
    expect(node.discriminator).toEqual({ propertyName: property });
    expect(node.oneOf.map(refName)).toEqual(branches);
    for (const branch of branches) {
      expect(schemas[branch].required).toContain(property);
      expect(schemas[branch].properties[property].const).toEqual(expect.any(String));
    }
  });
});

// Values kintone would reject or never send must fail; the second column says which schema.
describe("strictness", () => {
  const validSettings = { app: 1, name: "案件管理", theme: "WHITE" };
  const reminder = {
    timing: { code: "期限", daysLater: -1, time: "09:00" },
    targets: [{ entity: { type: "USER", code: "sato" } }],
  };
  const appAclRight = (entity: unknown) => ({ entity, recordViewable: true });
  const report = { chartType: "BAR", chartMode: "NORMAL", index: 0 };
  const get = (name: string, value: unknown) => validate(schema(name), value);

  it("accepts well-formed requests and answers built from the same pieces", () => {
    expect(get("UpdateAppSettingsRequest", validSettings)).toEqual([]);
    expect(
      get("UpdateReminderNotificationsRequest", { app: 1, notifications: [reminder] }),
    ).toEqual([]);
    expect(
      get("UpdateAppAclRequest", { app: "1", rights: [appAclRight({ type: "CREATOR" })] }),
    ).toEqual([]);
    expect(get("UpdateReportsRequest", { app: 1, reports: { 売上: report } })).toEqual([]);
    expect(
      get("UpdateAppAclRequest", {
        app: 1,
        rights: [appAclRight({ type: "CREATOR", code: null })],
      }),
    ).toEqual([]);
  });

  it.each<[string, string, unknown, RegExp]>([
    [
      "a 65-character app name",
      "UpdateAppSettingsRequest",
      { ...validSettings, name: "x".repeat(65) },
      /\/name must NOT have more than 64 characters/,
    ],
    [
      "a legacy theme in a request",
      "UpdateAppSettingsRequest",
      { ...validSettings, theme: "CLIPBOARD" },
      /\/theme must be equal to one of the allowed values/,
    ],
    [
      "31 digits of precision",
      "UpdateAppSettingsRequest",
      { app: 1, numberPrecision: { digits: 31 } },
      /numberPrecision\/digits/,
    ],
    [
      "month 13 as fiscal start",
      "UpdateAppSettingsRequest",
      { app: 1, firstMonthOfFiscalYear: "13" },
      /\/firstMonthOfFiscalYear/,
    ],
    [
      "a FILE icon without file",
      "UpdateAppSettingsRequest",
      { app: 1, icon: { type: "FILE", key: "APP72" } },
      /\/icon must have required property 'file'/,
    ],
    [
      "a MANUAL title field without code",
      "UpdateAppSettingsRequest",
      { app: 1, titleField: { selectionMode: "MANUAL" } },
      /\/titleField must have required property 'code'/,
    ],
    [
      "a request without app",
      "UpdateAppSettingsRequest",
      { name: "案件管理" },
      /must have required property 'app'/,
    ],
    [
      "31 desktop scripts",
      "UpdateAppCustomizeRequest",
      {
        app: 1,
        desktop: {
          js: Array.from({ length: 31 }, () => ({ type: "URL", url: "https://example.com/a.js" })),
        },
      },
      /\/desktop\/js must NOT have more than 30 items/,
    ],
    [
      "an unknown customization scope",
      "UpdateAppCustomizeRequest",
      { app: 1, scope: "EVERYONE" },
      /\/scope must be equal to one of the allowed values/,
    ],
    [
      "a status name of 65 characters",
      "UpdateProcessManagementRequest",
      { app: 1, states: { x: { name: "x".repeat(65), index: 0 } } },
      /\/states\/x\/name must NOT have more than 64 characters/,
    ],
    [
      "a negative status index",
      "UpdateProcessManagementRequest",
      { app: 1, states: { 未処理: { index: -1 } } },
      /\/states\/未処理\/index/,
    ],
    [
      "an unknown action type",
      "ProcessAction",
      { name: "a", from: "x", to: "y", filterCond: "", type: "TERTIARY" },
      /\/type must be equal to one of the allowed values/,
    ],
    [
      "four grouping levels",
      "UpdateReportsRequest",
      {
        app: 1,
        reports: {
          g: { ...report, groups: [{ code: "a" }, { code: "b" }, { code: "c" }, { code: "d" }] },
        },
      },
      /\/groups must NOT have more than 3 items/,
    ],
    [
      "a bar graph without display mode",
      "UpdateReportsRequest",
      { app: 1, reports: { g: { chartType: "BAR", index: 0 } } },
      /must have required property 'chartMode'/,
    ],
    [
      "a display mode on a pie chart",
      "UpdateReportsRequest",
      { app: 1, reports: { g: { chartType: "PIE", chartMode: "NORMAL", index: 0 } } },
      /\/reports\/g must NOT have additional properties/,
    ],
    [
      "a SUM aggregation without field",
      "UpdateReportsRequest",
      { app: 1, reports: { g: { ...report, aggregations: [{ type: "SUM" }] } } },
      /\/aggregations\/0 must have required property 'code'/,
    ],
    [
      "a reminder 10,001 days later",
      "UpdateReminderNotificationsRequest",
      {
        app: 1,
        notifications: [{ ...reminder, timing: { code: "期限", daysLater: 10001, time: "09:00" } }],
      },
      /\/timing\/daysLater/,
    ],
    [
      "a reminder at 09:25",
      "UpdateReminderNotificationsRequest",
      {
        app: 1,
        notifications: [{ ...reminder, timing: { code: "期限", daysLater: 0, time: "09:25" } }],
      },
      /\/timing\/time must match pattern/,
    ],
    [
      "a reminder with neither hours nor time",
      "UpdateReminderNotificationsRequest",
      { app: 1, notifications: [{ ...reminder, timing: { code: "期限", daysLater: 0 } }] },
      /\/timing must have required property/,
    ],
    [
      "a reminder with both hours and time",
      "UpdateReminderNotificationsRequest",
      {
        app: 1,
        notifications: [
          { ...reminder, timing: { code: "期限", daysLater: 0, hoursLater: 1, time: "09:00" } },
        ],
      },
      /\/timing must NOT have additional properties/,
    ],
    [
      "a per-record update without notifications",
      "UpdatePerRecordNotificationsRequest",
      { app: 1 },
      /must have required property 'notifications'/,
    ],
    [
      "a user without login name in app permissions",
      "UpdateAppAclRequest",
      { app: 1, rights: [appAclRight({ type: "USER" })] },
      /\/entity must have required property 'code'/,
    ],
    [
      "a field entity in app permissions",
      "UpdateAppAclRequest",
      { app: 1, rights: [appAclRight({ type: "FIELD_ENTITY", code: "担当者" })] },
      /\/rights\/0\/entity/,
    ],
    [
      "an unknown field accessibility",
      "UpdateFieldAclRequest",
      {
        app: 1,
        rights: [
          {
            code: "給与",
            entities: [{ accessibility: "HIDDEN", entity: { type: "GROUP", code: "everyone" } }],
          },
        ],
      },
      /\/accessibility must be equal to one of the allowed values/,
    ],
    [
      "record permissions without entities",
      "UpdateRecordAclRequest",
      { app: 1, rights: [{ filterCond: "" }] },
      /\/rights\/0 must have required property 'entities'/,
    ],
    [
      "admin notes of 10,001 characters",
      "UpdateAdminNotesRequest",
      { app: 1, content: "x".repeat(10001) },
      /\/content must NOT have more than 10000 characters/,
    ],
    [
      "an action name of 33 characters",
      "UpdateAppActionsRequest",
      { app: 1, actions: { a: { name: "x".repeat(33), index: 0 } } },
      /\/name must NOT have more than 32 characters/,
    ],
    [
      "an action destination without app or code",
      "UpdateAppActionsRequest",
      { app: 1, actions: { a: { index: 0, destApp: {} } } },
      /\/destApp must match a schema in anyOf/,
    ],
    [
      "a numeric revision in an answer",
      "UpdateAppAclResponse",
      { revision: 3 },
      /\/revision must be string/,
    ],
    [
      "a creator with a login name in an answer",
      "GetAppAclResponse",
      {
        revision: "1",
        rights: [
          {
            entity: { type: "CREATOR", code: "sato" },
            includeSubs: false,
            appEditable: true,
            recordViewable: true,
            recordAddable: true,
            recordEditable: true,
            recordDeletable: true,
            recordImportable: true,
            recordExportable: true,
          },
        ],
      },
      /\/entity\/code must be null/,
    ],
    [
      "general notifications without notifyToCommenter",
      "GetGeneralNotificationsResponse",
      { notifications: [], revision: "1" },
      /must have required property 'notifyToCommenter'/,
    ],
    [
      "process settings without states",
      "GetProcessManagementResponse",
      { enable: false, actions: null, revision: "1" },
      /must have required property 'states'/,
    ],
  ])("rejects %s (%s)", (_, name, value, reason) => {
    expect(get(name, JSON.parse(JSON.stringify(value))).join("\n")).toMatch(reason);
  });
});
