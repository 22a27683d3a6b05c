import { describe, expect, it } from "vitest";
import { andConditions, recordId, withRecordId } from "./record-query.js";

describe("andConditions", () => {
  it.each([
    { given: [undefined, "$id > 5"], want: "$id > 5" },
    { given: ["", "$id > 5"], want: "$id > 5" },
    { given: ['a = "1" or b = "2"', "$id > 5"], want: '(a = "1" or b = "2") and ($id > 5)' },
    { given: ["x", "$id >= 1", "$id <= 9"], want: "(x) and ($id >= 1) and ($id <= 9)" },
  ])("joins $given", ({ given, want }) => {
    expect(andConditions(...given)).toBe(want);
  });
});

describe("withRecordId", () => {
  it.each([
    { given: undefined, want: undefined },
    { given: ["title"], want: ["title", "$id"] },
    { given: ["$id", "title"], want: ["$id", "title"] },
  ])("turns $given into $want", ({ given, want }) => {
    expect(withRecordId(given)).toEqual(want);
  });
});

describe("recordId", () => {
  it("reads the $id field and names a missing one", () => {
    expect(recordId({ $id: { type: "__ID__", value: "42" } })).toBe(42);
    expect(() => recordId({})).toThrow("without its $id field");
  });
});
