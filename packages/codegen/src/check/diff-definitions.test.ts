import { describe, expect, it } from "vitest";
import type { AppDefinitions, FieldDefinition } from "../load/app-definitions.js";
import { describeChange, diffDefinitions, type FieldChange } from "./diff-definitions.js";

const app = (properties: Record<string, FieldDefinition>, revision = "1"): AppDefinitions => ({
  appId: "1",
  name: "App",
  revision,
  preview: false,
  properties,
});

const text = { type: "SINGLE_LINE_TEXT", code: "title", label: "Title", required: false };
const stage = {
  type: "DROP_DOWN",
  code: "stage",
  label: "Stage",
  options: { a: { label: "a", index: "0" } },
};
const lines = {
  type: "SUBTABLE",
  code: "lines",
  label: "Lines",
  fields: { qty: { type: "NUMBER", code: "qty", label: "Qty" } },
};

describe("diffDefinitions", () => {
  const cases: {
    name: string;
    generated: AppDefinitions;
    current: AppDefinitions;
    want: FieldChange[];
  }[] = [
    {
      name: "nothing when only the revision and key order differ",
      generated: app({ title: text, stage }),
      current: app(
        {
          stage: { ...stage },
          title: { required: false, label: "Title", code: "title", type: "SINGLE_LINE_TEXT" },
        },
        "9",
      ),
      want: [],
    },
    {
      name: "added and removed fields",
      generated: app({ title: text }),
      current: app({ stage }),
      want: [
        { change: "added", code: "stage", type: "DROP_DOWN" },
        { change: "removed", code: "title", type: "SINGLE_LINE_TEXT" },
      ],
    },
    {
      name: "changed settings, named",
      generated: app({ stage, title: text }),
      current: app({
        stage: {
          ...stage,
          options: { a: { label: "a", index: "0" }, b: { label: "b", index: "1" } },
        },
        title: { ...text, label: "Name", required: true },
      }),
      want: [
        { change: "changed", code: "stage", settings: ["options"] },
        { change: "changed", code: "title", settings: ["label", "required"] },
      ],
    },
    {
      name: "changes inside tables, by table and cell",
      generated: app({ lines }),
      current: app({
        lines: {
          ...lines,
          fields: { item: { type: "SINGLE_LINE_TEXT", code: "item", label: "Item" } },
        },
      }),
      want: [
        { change: "added", code: "lines.item", type: "SINGLE_LINE_TEXT" },
        { change: "removed", code: "lines.qty", type: "NUMBER" },
      ],
    },
  ];

  it.each(cases)("finds $name", ({ generated, current, want }) => {
    expect(diffDefinitions(generated, current)).toEqual(want);
  });
});

describe("describeChange", () => {
  const cases: { given: FieldChange; want: string }[] = [
    { given: { change: "added", code: "顧客", type: "NUMBER" }, want: 'added "顧客" (NUMBER)' },
    { given: { change: "removed", code: "a", type: "DATE" }, want: 'removed "a" (DATE)' },
    {
      given: { change: "changed", code: "a", settings: ["label", "options"] },
      want: 'changed "a": label, options',
    },
  ];

  it.each(cases)("prints $want", ({ given, want }) => {
    expect(describeChange(given)).toBe(want);
  });
});
