import { describe, expect, it } from "vitest";
import { resolveApiPath } from "./resolve-api-path.js";

describe("resolveApiPath", () => {
  it.each([
    { given: "/k/v1/records.json", want: { path: "/records.json", guestSpaceId: null } },
    {
      given: "/k/v1/records/cursor.json",
      want: { path: "/records/cursor.json", guestSpaceId: null },
    },
    { given: "/k/guest/12/v1/record.json", want: { path: "/record.json", guestSpaceId: "12" } },
    { given: "/k/guest/0/v1/record.json", want: undefined },
    { given: "/k/v2/record.json", want: undefined },
    { given: "/__emulator/state", want: undefined },
  ])("resolves $given", ({ given, want }) => {
    expect(resolveApiPath(given)).toEqual(want);
  });
});
