import { describe, expect, it } from "vitest";
import type { RecordRole } from "../build/ir.js";
import { type TypeScope, typeArguments, typeParameters } from "./type-scope.js";

const scope: TypeScope = {
  recordSchemas: { read: "SavedRecord", write: "RecordForWrite" },
  parametersOf: new Map(),
};

describe("typeParameters", () => {
  it.each<{ roles: RecordRole[]; withDefaults: boolean; want: unknown[] }>([
    { roles: [], withDefaults: true, want: [] },
    {
      roles: ["read", "write"],
      withDefaults: true,
      want: [
        { name: "R", constraint: "SavedRecord", default: "SavedRecord" },
        { name: "W", constraint: "RecordForWrite", default: "RecordForWrite" },
      ],
    },
    {
      roles: ["read"],
      withDefaults: false,
      want: [{ name: "R", constraint: "SavedRecord" }],
    },
  ])("declares $roles (defaults: $withDefaults)", ({ roles, withDefaults, want }) => {
    const refs = new Set<string>();
    expect(typeParameters(roles, scope, refs, withDefaults)).toEqual(want);
    expect([...refs]).toEqual(roles.map((role) => scope.recordSchemas[role]));
  });

  it("fails for a role without a record schema", () => {
    expect(() => typeParameters(["read"], { ...scope, recordSchemas: {} }, new Set())).toThrow(
      /no schema has x-kintone-record-type: read/,
    );
  });
});

describe("typeArguments", () => {
  it.each<[RecordRole[], string]>([
    [[], ""],
    [["read"], "<R>"],
    [["read", "write"], "<R, W>"],
  ])("passes %j as %s", (roles, want) => {
    expect(typeArguments(roles)).toBe(want);
  });
});
