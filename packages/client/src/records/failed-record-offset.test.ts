import { describe, expect, it } from "vitest";
import { failedRecordOffset } from "./failed-record-offset.js";

describe("failedRecordOffset", () => {
  it.each([
    { given: undefined, want: undefined },
    { given: {}, want: undefined },
    { given: { "record.title.value": {} }, want: undefined },
    { given: { "records[3].title.value": {} }, want: 3 },
    { given: { "records[12].title.value": {}, "records[4].amount.value": {} }, want: 4 },
    { given: { "ids[7]": {} }, want: 7 },
  ])("reads $given as $want", ({ given, want }) => {
    expect(failedRecordOffset(given)).toBe(want);
  });
});
