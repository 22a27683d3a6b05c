import { describe, expect, it } from "vitest";
import { guestBulkRequests } from "./guest-bulk-requests.js";

describe("guestBulkRequests", () => {
  it.each<{ name: string; given: unknown[]; want: unknown[] }>([
    {
      name: "rewrites live paths into the guest space",
      given: [{ method: "POST", api: "/k/v1/records.json", payload: { app: 1 } }],
      want: [{ method: "POST", api: "/k/guest/7/v1/records.json", payload: { app: 1 } }],
    },
    {
      name: "keeps paths already in a guest space",
      given: [{ method: "PUT", api: "/k/guest/7/v1/record.json", payload: {} }],
      want: [{ method: "PUT", api: "/k/guest/7/v1/record.json", payload: {} }],
    },
    {
      name: "leaves entries it cannot read for kintone to reject",
      given: [null, { method: "POST" }, { api: 3 }],
      want: [null, { method: "POST" }, { api: 3 }],
    },
  ])("$name", ({ given, want }) => {
    expect(guestBulkRequests({ requests: given }, "7")).toEqual({ requests: want });
  });

  it("leaves parameters without a requests array alone", () => {
    const params = { requests: "nope" };
    expect(guestBulkRequests(params, "7")).toBe(params);
  });
});
