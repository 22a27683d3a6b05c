import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kintoneError } from "./kintone-error.js";
import { auth, type E2e, startE2e } from "./start-e2e.js";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
beforeEach(async () => {
  e2e.emulator.reset();
  await alice().record.addRecord({ app: 1, record: { title: { value: "Discussed" } } });
});
afterAll(() => e2e.emulator.close());

const alice = () => e2e.client({ auth: auth.alice });
const bob = () => e2e.client({ auth: auth.bob });

describe("record comments", () => {
  it("adds comments with mentions and lists them newest first, with paging flags", async () => {
    const client = alice();
    for (const text of ["first", "second", "third"]) {
      await client.record.addRecordComment({
        app: 1,
        record: 1,
        comment: { text, mentions: [{ code: "bob", type: "USER" }] },
      });
    }
    const newest = await client.record.getRecordComments({ app: 1, record: 1, limit: 2 });
    expect(newest.comments.map((comment) => comment.text)).toEqual(["third", "second"]);
    expect([newest.older, newest.newer]).toEqual([true, false]);
    expect(newest.comments[0]).toMatchObject({
      id: "3",
      creator: { code: "alice" },
      mentions: [{ code: "bob", type: "USER" }],
    });
    const oldest = await client.record.getRecordComments({
      app: 1,
      record: 1,
      order: "asc",
      limit: 1,
    });
    expect(oldest.comments.map((comment) => comment.text)).toEqual(["first"]);
  });

  it("lets only the author delete a comment", async () => {
    const { id } = await alice().record.addRecordComment({
      app: 1,
      record: 1,
      comment: { text: "mine" },
    });
    const refused = await kintoneError(
      bob().record.deleteRecordComment({ app: 1, record: 1, comment: id }),
    );
    expect([refused.status, refused.code]).toEqual([403, "CB_NO02"]);
    expect(await alice().record.deleteRecordComment({ app: 1, record: 1, comment: id })).toEqual(
      {},
    );
    const { comments } = await alice().record.getRecordComments({ app: 1, record: 1 });
    expect(comments).toEqual([]);
  });
});
