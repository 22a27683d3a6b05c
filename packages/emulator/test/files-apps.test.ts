import { randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { dig } from "./dig.js";
import { as, startTestEmulator, type TestEmulator } from "./test-emulator.js";

let t: TestEmulator;
beforeEach(async () => {
  t ??= await startTestEmulator({ deployDelayMs: 0 });
  t.emulator.reset();
});
afterAll(() => t.emulator.close());

const upload = async (bytes: Buffer, name: string, type: string) => {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), name);
  return t.call("POST", "/k/v1/file.json", { auth: as.full, form });
};

describe("files", () => {
  it("round-trips a file byte for byte through a FILE field, under a new key", async () => {
    const bytes = randomBytes(70_000);
    const uploaded = await upload(bytes, "report.bin", "application/x-report");
    const uploadKey = String(dig(uploaded.body, "fileKey"));
    await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, id: 1, record: { attachments: { value: [{ fileKey: uploadKey }] } } },
    });
    const record = dig(
      (await t.call("GET", "/k/v1/record.json?app=1&id=1", { auth: as.full })).body,
      "record",
    );
    const [file] = dig(record, "attachments", "value") as {
      fileKey: string;
      name: string;
      size: string;
      contentType: string;
    }[];
    expect(file).toMatchObject({
      name: "report.bin",
      size: "70000",
      contentType: "application/x-report",
    });
    expect(file?.fileKey).not.toBe(uploadKey);
    const downloaded = await t.call("GET", `/k/v1/file.json?fileKey=${file?.fileKey}`, {
      auth: as.full,
    });
    expect(downloaded.headers.get("content-type")).toBe("application/x-report");
    expect(downloaded.bytes.equals(bytes)).toBe(true);
  });

  it("keeps attached files when the update sends their keys back, and rejects unknown keys", async () => {
    const uploaded = await upload(Buffer.from("hello"), "a.txt", "text/plain");
    await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: {
        app: 1,
        id: 1,
        record: { attachments: { value: [{ fileKey: dig(uploaded.body, "fileKey") }] } },
      },
    });
    const stored = dig(
      (await t.call("GET", "/k/v1/record.json?app=1&id=1", { auth: as.full })).body,
      "record",
      "attachments",
      "value",
      0,
      "fileKey",
    );
    await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, id: 1, record: { attachments: { value: [{ fileKey: stored }] } } },
    });
    const kept = dig(
      (await t.call("GET", "/k/v1/record.json?app=1&id=1", { auth: as.full })).body,
      "record",
      "attachments",
      "value",
      0,
      "fileKey",
    );
    expect(kept).toBe(stored);
    const unknown = await t.call("PUT", "/k/v1/record.json", {
      auth: as.full,
      json: { app: 1, id: 1, record: { attachments: { value: [{ fileKey: "nope" }] } } },
    });
    expect(dig(unknown.body, "code")).toBe("GAIA_BL01");
    const missing = await t.call("GET", "/k/v1/file.json?fileKey=nope", { auth: as.full });
    expect([missing.status, dig(missing.body, "code")]).toEqual([404, "GAIA_BL01"]);
  });
});

describe("apps and their settings", () => {
  it("returns one app and lists apps the requester can see", async () => {
    const app = await t.call("GET", "/k/v1/app.json?id=1", { auth: as.viewOnly });
    expect(app.body).toMatchObject({
      appId: "1",
      code: "DEALS",
      name: "Deals",
      spaceId: null,
      creator: { code: "alice" },
    });
    const apps = await t.call("GET", "/k/v1/apps.json", { auth: as.alice });
    expect((dig(apps.body, "apps") as { appId: string }[]).map((entry) => entry.appId)).toEqual([
      "1",
      "2",
      "3",
    ]);
    const byToken = await t.call("GET", "/k/v1/apps.json?codes[0]=DEALS&codes[1]=PRODUCTS", {
      auth: as.full,
    });
    expect((dig(byToken.body, "apps") as { appId: string }[]).map((entry) => entry.appId)).toEqual([
      "1",
    ]);
  });

  it("edits fields in preview, keeps live settings until deploy, then deploys", async () => {
    const added = await t.call("POST", "/k/v1/preview/app/form/fields.json", {
      auth: as.alice,
      json: {
        app: 1,
        revision: 1,
        properties: {
          region: { type: "SINGLE_LINE_TEXT", code: "region", label: "Region", required: true },
        },
      },
    });
    expect(added.body).toEqual({ revision: "2" });
    const live = await t.call("GET", "/k/v1/app/form/fields.json?app=1", { auth: as.alice });
    expect(dig(live.body, "properties", "region")).toBeUndefined();
    const preview = await t.call("GET", "/k/v1/preview/app/form/fields.json?app=1", {
      auth: as.alice,
    });
    expect(dig(preview.body, "properties", "region", "required")).toBe(true);
    expect(dig(preview.body, "revision")).toBe("2");
    const stale = await t.call("POST", "/k/v1/preview/app/deploy.json", {
      auth: as.alice,
      json: { apps: [{ app: 1, revision: 1 }] },
    });
    expect(dig(stale.body, "code")).toBe("GAIA_CO02");
    await t.call("POST", "/k/v1/preview/app/deploy.json", {
      auth: as.alice,
      json: { apps: [{ app: 1, revision: 2 }] },
    });
    const first = await t.call("GET", "/k/v1/preview/app/deploy.json?apps[0]=1", {
      auth: as.alice,
    });
    expect(first.body).toEqual({ apps: [{ app: "1", status: "PROCESSING" }] });
    let status = "PROCESSING";
    while (status === "PROCESSING") {
      status = String(
        dig(
          (await t.call("GET", "/k/v1/preview/app/deploy.json?apps[0]=1", { auth: as.alice })).body,
          "apps",
          0,
          "status",
        ),
      );
    }
    expect(status).toBe("SUCCESS");
    const deployed = await t.call("GET", "/k/v1/app/form/fields.json?app=1", { auth: as.alice });
    expect(dig(deployed.body, "properties", "region", "type")).toBe("SINGLE_LINE_TEXT");
    const record = await t.call("POST", "/k/v1/record.json", {
      auth: as.alice,
      json: { app: 1, record: { title: { value: "r" } } },
    });
    expect(dig(record.body, "errors", "record.region.value", "messages")).toEqual(["Required."]);
  });

  it("updates and deletes preview fields, and reverts preview changes", async () => {
    const updated = await t.call("PUT", "/k/v1/preview/app/form/fields.json", {
      auth: as.alice,
      json: { app: 1, properties: { title: { label: "Deal title" } } },
    });
    expect(updated.body).toEqual({ revision: "2" });
    const missing = await t.call("DELETE", "/k/v1/preview/app/form/fields.json", {
      auth: as.alice,
      json: { app: 1, fields: ["nope"] },
    });
    expect(dig(missing.body, "code")).toBe("GAIA_FC01");
    await t.call("DELETE", "/k/v1/preview/app/form/fields.json", {
      auth: as.alice,
      json: { app: 1, fields: ["notes"] },
    });
    await t.call("POST", "/k/v1/preview/app/deploy.json", {
      auth: as.alice,
      json: { apps: [{ app: 1 }], revert: true },
    });
    const preview = await t.call("GET", "/k/v1/preview/app/form/fields.json?app=1", {
      auth: as.alice,
    });
    expect(dig(preview.body, "properties", "title", "label")).toBe("Title");
    expect(dig(preview.body, "properties", "notes", "type")).toBe("MULTI_LINE_TEXT");
  });

  it("reads and replaces layout and views in preview", async () => {
    const layout = await t.call("GET", "/k/v1/app/form/layout.json?app=1", { auth: as.alice });
    expect(dig(layout.body, "layout", 0, "type")).toBe("ROW");
    const put = await t.call("PUT", "/k/v1/preview/app/form/layout.json", {
      auth: as.alice,
      json: {
        app: 1,
        layout: [
          {
            type: "ROW",
            fields: [{ type: "SINGLE_LINE_TEXT", code: "title", size: { width: "200" } }],
          },
        ],
      },
    });
    expect(put.body).toEqual({ revision: "2" });
    const views = await t.call("GET", "/k/v1/app/views.json?app=1", { auth: as.alice });
    expect(dig(views.body, "views", "All deals", "id")).toBe("5001");
    const putViews = await t.call("PUT", "/k/v1/preview/app/views.json", {
      auth: as.alice,
      json: {
        app: 1,
        views: {
          "Won deals": {
            type: "LIST",
            index: "0",
            fields: ["title"],
            filterCond: 'stage in ("Won")',
            sort: "",
          },
        },
      },
    });
    expect(dig(putViews.body, "revision")).toBe("3");
    expect(typeof dig(putViews.body, "views", "Won deals", "id")).toBe("string");
  });

  it("creates preview apps for users and refuses settings changes without manage rights", async () => {
    const created = await t.call("POST", "/k/v1/preview/app.json", {
      auth: as.alice,
      json: { name: "New app" },
    });
    expect(created.body).toMatchObject({ app: "4" });
    const bob = await t.call("POST", "/k/v1/preview/app/form/fields.json", {
      auth: as.bob,
      json: { app: 1, properties: { x: { type: "NUMBER", code: "x", label: "x" } } },
    });
    expect(dig(bob.body, "code")).toBe("CB_NO02");
  });

  it("reads process management settings", async () => {
    const process = await t.call("GET", "/k/v1/app/status.json?app=1", { auth: as.alice });
    expect(process.body).toMatchObject({
      enable: true,
      states: { Open: { index: "0" } },
      actions: [{ name: "Start" }, { name: "Finish" }],
    });
  });
});
