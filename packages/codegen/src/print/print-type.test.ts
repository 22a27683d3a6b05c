import { describe, expect, it } from "vitest";
import { type TypeNode, t } from "../emit/source-model.js";
import { printType } from "./print-type.js";

const names = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => t.string(`${prefix}${index}`));

describe("printType", () => {
  const cases: { name: string; given: TypeNode; column?: number; want: string }[] = [
    { name: "an empty union as never", given: t.union([]), want: "never" },
    {
      name: "a union that fits on one line",
      given: t.union([t.string("a"), t.null]),
      want: '"a" | null',
    },
    {
      name: "a union that does not fit, one member per line",
      given: t.union(names(3, "x".repeat(40))),
      column: 10,
      want: `\n  | "${"x".repeat(40)}0"\n  | "${"x".repeat(40)}1"\n  | "${"x".repeat(40)}2"`,
    },
    {
      name: "wide characters as two columns",
      given: t.union(names(2, "顧".repeat(24))),
      column: 0,
      want: `\n  | "${"顧".repeat(24)}0"\n  | "${"顧".repeat(24)}1"`,
    },
    {
      name: "arrays of unions in parentheses",
      given: t.array(t.union([t.string("a"), t.string("b")])),
      want: '("a" | "b")[]',
    },
    {
      name: "arrays of long unions broken inside the parentheses",
      given: t.array(t.union(names(3, "y".repeat(40)))),
      column: 10,
      want: `(\n  | "${"y".repeat(40)}0"\n  | "${"y".repeat(40)}1"\n  | "${"y".repeat(40)}2"\n)[]`,
    },
    {
      name: "objects with quoted field codes and structural names",
      given: t.object([
        { name: "type", quoted: false, optional: true, type: t.indexed(t.ref("Value"), "type") },
        { name: "class", quoted: true, optional: false, doc: "*/", type: t.null },
      ]),
      want: '{\n  type?: Value["type"];\n  /** \\*\\/ */\n  "class": null;\n}',
    },
    { name: "empty objects", given: t.object([]), want: "{}" },
  ];

  it.each(cases)("prints $name", ({ given, column, want }) => {
    expect(printType(given, "", column ?? 0)).toBe(want);
  });
});
