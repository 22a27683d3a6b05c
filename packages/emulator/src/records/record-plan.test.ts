import { describe, expect, it } from "vitest";
import type { AppSettings } from "../apps/app-state.js";
import { withSystemFields } from "../apps/system-fields.js";
import type { FieldProperty } from "../fields/field-property.js";
import { recordPlanOf } from "./record-plan.js";

const settingsOf = (
  processEnabled: boolean,
  fields: Record<string, FieldProperty>,
): AppSettings => ({
  revision: 1,
  fields: withSystemFields(fields, processEnabled),
  layout: [],
  views: {},
  process: { enable: processEnabled, states: {}, actions: [] },
});

const fields: Record<string, FieldProperty> = {
  title: { type: "SINGLE_LINE_TEXT", code: "title", required: true },
  code: { type: "SINGLE_LINE_TEXT", code: "code", unique: true },
  memo: { type: "MULTI_LINE_TEXT", code: "memo", required: true },
  group: { type: "GROUP", code: "group" },
  customer: {
    type: "SINGLE_LINE_TEXT",
    code: "customer",
    lookup: { relatedApp: { app: "2" }, relatedKeyField: "name", fieldMappings: [] },
  },
};

const codes = (list: readonly { code: string }[]) => list.map(({ code }) => code);

describe("recordPlanOf", () => {
  it("stores the fields records hold, checks required and unique ones, and lists lookups", () => {
    const plan = recordPlanOf(settingsOf(false, fields));
    expect(codes(plan.stored)).toEqual(
      expect.arrayContaining(["title", "code", "memo", "customer"]),
    );
    expect(codes(plan.stored)).not.toContain("group");
    expect(codes(plan.stored)).not.toContain("Status");
    expect(codes(plan.checked)).toEqual(["title", "code", "memo"]);
    expect(codes(plan.lookups)).toEqual(["customer"]);
  });

  it("stores and sets the process fields only while the process is enabled", () => {
    const plan = recordPlanOf(settingsOf(true, fields));
    expect(plan.system.STATUS.length).toBe(1);
    expect(codes(plan.stored)).toEqual(expect.arrayContaining(codes(plan.system.STATUS)));
  });

  it("works a plan out once per settings object", () => {
    const settings = settingsOf(false, fields);
    expect(recordPlanOf(settings)).toBe(recordPlanOf(settings));
    expect(recordPlanOf(structuredClone(settings))).not.toBe(recordPlanOf(settings));
  });
});
