import { describe, expect, it } from "vitest";
import { expandGuestPaths, toGuestOperationId, toGuestPath } from "./expand-guest-paths.js";
import type { OpenApiDocument, PathItem } from "./openapi-document.js";

const responses = { "200": { description: "ok" } };
const op = (operationId: string, guest: boolean) => ({
  operationId,
  "x-kintone-guest": guest,
  responses,
});
const doc = (paths: Record<string, PathItem>): OpenApiDocument => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths,
});

describe("toGuestPath", () => {
  it.each([
    ["/k/v1/app.json", "/k/guest/{guestSpaceId}/v1/app.json"],
    [
      "/k/v1/preview/app/form/fields.json",
      "/k/guest/{guestSpaceId}/v1/preview/app/form/fields.json",
    ],
  ])("maps %s to %s", (given, want) => {
    expect(toGuestPath(given)).toBe(want);
  });

  it("rejects paths outside /k/v1/", () => {
    expect(() => toGuestPath("/k/guest/{guestSpaceId}/v1/space/guests.json")).toThrow(
      /Only \/k\/v1\//,
    );
  });
});

describe("expandGuestPaths", () => {
  it.each<{ name: string; given: Record<string, PathItem>; want: string[] }>([
    {
      name: "copies a guest operation",
      given: { "/k/v1/app.json": { get: op("getApp", true) } },
      want: ["/k/guest/{guestSpaceId}/v1/app.json", "/k/v1/app.json"],
    },
    {
      name: "leaves non-guest paths alone",
      given: { "/k/v1/apps/statistics.json": { get: op("getAppStatistics", false) } },
      want: ["/k/v1/apps/statistics.json"],
    },
    {
      name: "leaves guest-only paths alone",
      given: {
        "/k/guest/{guestSpaceId}/v1/space/guests.json": { put: op("updateSpaceGuests", false) },
      },
      want: ["/k/guest/{guestSpaceId}/v1/space/guests.json"],
    },
  ])("$name", ({ given, want }) => {
    expect(Object.keys(expandGuestPaths(doc(given)).paths).sort()).toEqual(want);
  });

  it("copies only the guest operations of a mixed path item, keeping their schemas", () => {
    const get = { ...op("getThing", true), parameters: [{ $ref: "#/components/parameters/Id" }] };
    const expanded = expandGuestPaths(
      doc({ "/k/v1/thing.json": { get, delete: op("deleteThing", false) } }),
    );
    const copy = expanded.paths["/k/guest/{guestSpaceId}/v1/thing.json"];
    expect(copy?.delete).toBeUndefined();
    expect(copy?.get).toEqual({
      ...get,
      operationId: toGuestOperationId("getThing"),
      "x-kintone-guest-of": "getThing",
    });
  });

  it("adds a required guestSpaceId path parameter to each copy", () => {
    const expanded = expandGuestPaths(doc({ "/k/v1/app.json": { get: op("getApp", true) } }));
    expect(expanded.paths["/k/guest/{guestSpaceId}/v1/app.json"]?.parameters).toEqual([
      { $ref: "#/components/parameters/GuestSpaceId" },
    ]);
    expect(expanded.components?.parameters?.GuestSpaceId).toMatchObject({
      name: "guestSpaceId",
      in: "path",
      required: true,
    });
  });

  it("keeps the original document unchanged", () => {
    const given = doc({ "/k/v1/app.json": { get: op("getApp", true) } });
    const before = structuredClone(given);
    expandGuestPaths(given);
    expect(given).toEqual(before);
  });

  it("refuses a hand-written guest copy of a guest operation", () => {
    const given = doc({
      "/k/v1/app.json": { get: op("getApp", true) },
      "/k/guest/{guestSpaceId}/v1/app.json": { get: op("getAppGuest", false) },
    });
    expect(() => expandGuestPaths(given)).toThrow(
      /already has \/k\/guest\/\{guestSpaceId\}\/v1\/app.json/,
    );
  });
});
