import { describe, expect, it } from "vitest";
import { buildRecordTypes } from "./build-record-types.js";
import type { RecordRole } from "./ir.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const records = {
  Saved: { type: "object", "x-kintone-record-type": "read", additionalProperties: ref("Value") },
  Write: { type: "object", "x-kintone-record-type": "write", additionalProperties: ref("Value") },
  Value: { type: "object", properties: { value: { type: "string" } } },
};
const fieldCodes = { type: "array", items: { type: "string", "x-kintone-field-code": "read" } };

describe("buildRecordTypes", () => {
  it.each<{ name: string; given: Record<string, unknown>; want: Record<string, RecordRole[]> }>([
    {
      name: "a reference to a record schema",
      given: { ...records, Response: { type: "object", properties: { record: ref("Saved") } } },
      want: { Response: ["read"] },
    },
    {
      name: "references through other schemas, in role order",
      given: {
        ...records,
        Entry: { type: "object", properties: { record: ref("Write"), saved: ref("Saved") } },
        List: { type: "array", items: ref("Entry") },
        Bulk: { oneOf: [ref("List"), { type: "string" }] },
      },
      want: { Entry: ["read", "write"], List: ["read", "write"], Bulk: ["read", "write"] },
    },
    {
      name: "field codes inside the schema",
      given: { ...records, Request: { type: "object", properties: { fields: fieldCodes } } },
      want: { Request: ["read"] },
    },
    {
      name: "reference cycles",
      given: {
        ...records,
        A: { type: "object", properties: { b: ref("B"), record: ref("Write") } },
        B: { type: "object", properties: { a: ref("A") } },
      },
      want: { A: ["write"], B: ["write"] },
    },
  ])("makes schemas generic over $name", ({ given, want }) => {
    const types = buildRecordTypes(given);
    expect(types.recordSchemas).toEqual({ read: "Saved", write: "Write" });
    const generic = Object.fromEntries(
      [...types.parametersOf].filter(([, roles]) => roles.length > 0),
    );
    expect(generic).toEqual(want);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      "an unknown role",
      { Saved: { type: "object", "x-kintone-record-type": "readonly" } },
      /#\/components\/schemas\/Saved: x-kintone-record-type must be one of read, write, got "readonly"/,
    ],
    [
      "two record types of one role",
      { ...records, Other: { type: "object", "x-kintone-record-type": "read" } },
      /#\/components\/schemas\/Other: Saved is already the read record type/,
    ],
    [
      "field codes on a non-string",
      {
        ...records,
        Bad: { type: "array", items: { type: "integer", "x-kintone-field-code": "read" } },
      },
      /#\/components\/schemas\/Bad\/items: x-kintone-field-code belongs on a string schema/,
    ],
    [
      "field codes of a role without a record type",
      { Request: { type: "object", properties: { fields: fieldCodes } } },
      /#\/components\/schemas\/Request\/properties\/fields\/items: x-kintone-field-code: read names no record type/,
    ],
    [
      "a record type holding a record",
      { ...records, Write: { ...records.Write, additionalProperties: ref("Saved") } },
      /#\/components\/schemas\/Write: the write record type cannot itself contain a record or a field code/,
    ],
  ])("fails on %s, naming the spec location", (_, given, message) => {
    expect(() => buildRecordTypes(given)).toThrow(message);
  });
});
