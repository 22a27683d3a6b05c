import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kintoneError } from "./kintone-error.js";
import { auth, type E2e, startE2e } from "./start-e2e.js";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
beforeEach(async () => {
  e2e.emulator.reset();
  await alice().record.addRecords({
    app: 1,
    records: [{ title: { value: "One" } }, { title: { value: "Two" } }],
  });
});
afterAll(() => e2e.emulator.close());

const alice = () => e2e.client({ auth: auth.alice });
const bob = () => e2e.client({ auth: auth.bob });
const statusOf = async (id: number) => {
  const { record } = await alice().record.getRecord({ app: 1, id });
  const assignees = record.Assignee?.type === "STATUS_ASSIGNEE" ? record.Assignee.value : [];
  return [record.Status?.value, assignees.map((user) => user.code)];
};

describe("process management", () => {
  it("moves a record through its actions, each counting two revisions", async () => {
    expect(await statusOf(1)).toEqual(["Open", ["alice"]]);
    const started = await alice().record.updateRecordStatus({
      app: 1,
      id: 1,
      action: "Start",
      assignee: "bob",
      revision: 1,
    });
    expect(started).toEqual({ revision: "3" });
    expect(await statusOf(1)).toEqual(["In progress", ["bob"]]);
    await bob().record.updateRecordStatus({ app: 1, id: 1, action: "Finish" });
    expect((await statusOf(1))[0]).toBe("Done");
  });

  it("refuses an action from the wrong status, and a user who is not an assignee", async () => {
    const wrongStatus = await kintoneError(
      alice().record.updateRecordStatus({ app: 1, id: 1, action: "Finish" }),
    );
    expect(wrongStatus.code).toBe("GAIA_IL03");
    await alice().record.updateRecordStatus({ app: 1, id: 1, action: "Start", assignee: "bob" });
    const notAssignee = await kintoneError(
      alice().record.updateRecordStatus({ app: 1, id: 1, action: "Finish" }),
    );
    expect(notAssignee.code).toBe("GAIA_NT01");
  });

  it("runs actions on several records all or none", async () => {
    const failed = await kintoneError(
      alice().record.updateRecordsStatus({
        app: 1,
        records: [
          { id: 1, action: "Start", assignee: "alice" },
          { id: 2, action: "Finish" },
        ],
      }),
    );
    expect(failed.code).toBe("GAIA_IL03");
    expect((await statusOf(1))[0]).toBe("Open");
    const done = await alice().record.updateRecordsStatus({
      app: 1,
      records: [
        { id: 1, action: "Start", assignee: "alice" },
        { id: 2, action: "Start", assignee: "bob" },
      ],
    });
    expect(done.records).toEqual([
      { id: "1", revision: "3" },
      { id: "2", revision: "3" },
    ]);
  });

  it("replaces the assignees", async () => {
    const updated = await alice().record.updateRecordAssignees({
      app: 1,
      id: 2,
      assignees: ["bob"],
      revision: 1,
    });
    expect(updated).toEqual({ revision: "2" });
    expect(await statusOf(2)).toEqual(["Open", ["bob"]]);
  });
});
