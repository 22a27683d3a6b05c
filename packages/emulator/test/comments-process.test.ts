import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { dig } from "./dig.js";
import { as, startTestEmulator, type TestEmulator } from "./test-emulator.js";

let t: TestEmulator;
beforeEach(async () => {
  t ??= await startTestEmulator();
  t.emulator.reset();
});
afterAll(() => t.emulator.close());

const comment = (text: string, auth: { user: string; password: string } = as.alice) =>
  t.call("POST", "/k/v1/record/comment.json", {
    auth,
    json: { app: 1, record: 1, comment: { text, mentions: [{ code: "bob", type: "USER" }] } },
  });

describe("comments", () => {
  it("adds comments and lists them newest first, 10 at most, with older/newer flags", async () => {
    for (let index = 1; index <= 12; index += 1)
      expect(dig((await comment(`c${index}`)).body, "id")).toBe(String(index));
    const first = await t.call("GET", "/k/v1/record/comments.json?app=1&record=1", {
      auth: as.alice,
    });
    const texts = (dig(first.body, "comments") as { text: string }[]).map((entry) => entry.text);
    expect(texts.length).toBe(10);
    expect(texts[0]).toBe("c12");
    expect(dig(first.body, "older")).toBe(true);
    expect(dig(first.body, "newer")).toBe(false);
    expect(dig(first.body, "comments", 0)).toMatchObject({
      creator: { code: "alice" },
      mentions: [{ code: "bob", type: "USER" }],
    });
    const ascending = await t.call(
      "GET",
      "/k/v1/record/comments.json?app=1&record=1&order=asc&offset=10&limit=5",
      { auth: as.alice },
    );
    expect(
      (dig(ascending.body, "comments") as { text: string }[]).map((entry) => entry.text),
    ).toEqual(["c11", "c12"]);
    const tooMany = await t.call("GET", "/k/v1/record/comments.json?app=1&record=1&limit=11", {
      auth: as.alice,
    });
    expect(dig(tooMany.body, "code")).toBe("CB_VA01");
  });

  it("deletes a comment for its author only; a missing one answers GAIA_RE02", async () => {
    await comment("mine");
    const other = await t.call("DELETE", "/k/v1/record/comment.json", {
      auth: as.bob,
      json: { app: 1, record: 1, comment: 1 },
    });
    expect(dig(other.body, "code")).toBe("CB_NO02");
    const own = await t.call("DELETE", "/k/v1/record/comment.json", {
      auth: as.alice,
      json: { app: 1, record: 1, comment: 1 },
    });
    expect(own.body).toEqual({});
    const again = await t.call("DELETE", "/k/v1/record/comment.json", {
      auth: as.alice,
      json: { app: 1, record: 1, comment: 1 },
    });
    expect([again.status, dig(again.body, "code")]).toEqual([400, "GAIA_RE02"]);
  });
});

describe("process management", () => {
  const status = (id: number, action: string, auth: object, extra: object = {}) =>
    t.call("PUT", "/k/v1/record/status.json", { auth, json: { app: 1, id, action, ...extra } });

  it("runs an action valid from the current status, counting two revisions", async () => {
    const started = await status(1, "Start", as.alice, { assignee: "bob", revision: 1 });
    expect(started.body).toEqual({ revision: "3" });
    const record = dig(
      (await t.call("GET", "/k/v1/record.json?app=1&id=1", { auth: as.alice })).body,
      "record",
    );
    expect(record).toMatchObject({
      Status: { value: "In progress" },
      Assignee: { value: [{ code: "bob", name: "Bob Tanaka" }] },
    });
  });

  it("refuses actions not available from the current status (GAIA_IL03)", async () => {
    const response = await status(1, "Finish", as.alice);
    expect([response.status, dig(response.body, "code")]).toEqual([400, "GAIA_IL03"]);
  });

  it("requires an assignee chosen from the next status's candidates (GAIA_SA01)", async () => {
    expect(dig((await status(1, "Start", as.alice)).body, "code")).toBe("GAIA_SA01");
    expect(dig((await status(1, "Start", as.alice, { assignee: "carol" })).body, "code")).toBe(
      "GAIA_SA01",
    );
  });

  it("lets only the current assignees act (GAIA_NT01)", async () => {
    await status(1, "Start", as.alice, { assignee: "bob" });
    const alice = await status(1, "Finish", as.alice);
    expect(dig(alice.body, "code")).toBe("GAIA_NT01");
    const bob = await status(1, "Finish", as.bob);
    expect(bob.status).toBe(200);
  });

  it("updates several records' statuses all or none", async () => {
    const failed = await t.call("PUT", "/k/v1/records/status.json", {
      auth: as.full,
      json: {
        app: 1,
        records: [
          { id: 1, action: "Start", assignee: "alice" },
          { id: 2, action: "Finish" },
        ],
      },
    });
    expect(dig(failed.body, "code")).toBe("GAIA_IL03");
    const record = dig(
      (await t.call("GET", "/k/v1/record.json?app=1&id=1", { auth: as.full })).body,
      "record",
      "Status",
      "value",
    );
    expect(record).toBe("Open");
    const done = await t.call("PUT", "/k/v1/records/status.json", {
      auth: as.full,
      json: {
        app: 1,
        records: [
          { id: 1, action: "Start", assignee: "alice" },
          { id: 2, action: "Start", assignee: "bob" },
        ],
      },
    });
    expect(done.body).toEqual({
      records: [
        { id: "1", revision: "3" },
        { id: "2", revision: "3" },
      ],
    });
  });

  it("replaces assignees, checking users and the revision", async () => {
    const updated = await t.call("PUT", "/k/v1/record/assignees.json", {
      auth: as.full,
      json: { app: 1, id: 1, assignees: ["carol"], revision: 1 },
    });
    expect(updated.body).toEqual({ revision: "2" });
    const unknown = await t.call("PUT", "/k/v1/record/assignees.json", {
      auth: as.full,
      json: { app: 1, id: 1, assignees: ["nobody"] },
    });
    expect(dig(unknown.body, "code")).toBe("GAIA_IL26");
    const stale = await t.call("PUT", "/k/v1/record/assignees.json", {
      auth: as.full,
      json: { app: 1, id: 1, assignees: [], revision: 1 },
    });
    expect(dig(stale.body, "code")).toBe("GAIA_CO02");
  });

  it("refuses process operations on an app without process management (GAIA_ST02)", async () => {
    const response = await t.call("PUT", "/k/v1/record/status.json", {
      auth: { token: "products-view" },
      json: { app: 2, id: 1, action: "Start" },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    const admin = await t.call("PUT", "/k/v1/record/status.json", {
      auth: as.alice,
      json: { app: 2, id: 1, action: "Start" },
    });
    expect(dig(admin.body, "code")).toBe("GAIA_ST02");
  });
});

describe("records/acl/evaluate", () => {
  it("reports record and field rights for the user", async () => {
    const bob = await t.call("GET", "/k/v1/records/acl/evaluate.json?app=1&ids[0]=1&ids[1]=3", {
      auth: as.bob,
    });
    expect(dig(bob.body, "rights", 0, "record")).toEqual({
      viewable: true,
      editable: true,
      deletable: false,
    });
    expect(dig(bob.body, "rights", 1, "record")).toEqual({
      viewable: false,
      editable: false,
      deletable: false,
    });
    expect(dig(bob.body, "rights", 0, "fields", "title")).toEqual({
      viewable: true,
      editable: true,
    });
    expect(dig(bob.body, "rights", 0, "fields", "Record_number")).toEqual({
      viewable: true,
      editable: false,
    });
    const token = await t.call("GET", "/k/v1/records/acl/evaluate.json?app=1&ids[0]=3", {
      auth: as.viewOnly,
    });
    expect(dig(token.body, "rights", 0, "record")).toEqual({
      viewable: true,
      editable: false,
      deletable: false,
    });
  });
});
