import { describe, expect, it } from "vitest";
import type { ArgumentNode } from "./ast.js";
import { civilDayOf } from "./calendar.js";
import type { Operand } from "./operand.js";
import { type FunctionEnvironment, type FunctionName, queryFunctions } from "./query-functions.js";

const now = Date.parse("2024-03-15T16:30:25Z"); // Friday in UTC, Saturday 01:30 in Tokyo
const isoDay = (value: number): string => new Date(value * 86_400_000).toISOString().slice(0, 10);
const n = (text: string): ArgumentNode => ({ type: "number", text });
const w = (name: string): ArgumentNode => ({ type: "word", name });

function environment(
  timeZone: string,
  primaryOrganization: string | null = "sales",
): FunctionEnvironment {
  return {
    now,
    today: civilDayOf(now, timeZone),
    loginUser: { code: "sato", primaryOrganization },
  };
}

/** Renders an operand readably: day spans as "from..to", instants as ISO strings. */
function render(operand: Operand): string {
  switch (operand.type) {
    case "days":
      return operand.from === operand.to
        ? isoDay(operand.from)
        : `${isoDay(operand.from)}..${isoDay(operand.to)}`;
    case "instants":
      return `${new Date(operand.from).toISOString()}..${new Date(operand.to).toISOString()}`;
    case "code":
      return `code:${operand.code}`;
    case "text":
      return `text:${operand.text}`;
    case "ignored":
      return "ignored";
  }
}

describe("queryFunctions", () => {
  it.each<{ name: FunctionName; args?: ArgumentNode[]; utc: string; tokyo: string }>([
    { name: "LOGINUSER", utc: "code:sato", tokyo: "code:sato" },
    { name: "PRIMARY_ORGANIZATION", utc: "code:sales", tokyo: "code:sales" },
    {
      name: "NOW",
      utc: "2024-03-15T16:30:00.000Z..2024-03-15T16:30:59.999Z",
      tokyo: "2024-03-15T16:30:00.000Z..2024-03-15T16:30:59.999Z",
    },
    { name: "TODAY", utc: "2024-03-15", tokyo: "2024-03-16" },
    { name: "YESTERDAY", utc: "2024-03-14", tokyo: "2024-03-15" },
    { name: "TOMORROW", utc: "2024-03-16", tokyo: "2024-03-17" },
    { name: "FROM_TODAY", args: [n("5"), w("DAYS")], utc: "2024-03-20", tokyo: "2024-03-21" },
    { name: "FROM_TODAY", args: [n("-1"), w("WEEKS")], utc: "2024-03-08", tokyo: "2024-03-09" },
    { name: "FROM_TODAY", args: [n("1"), w("MONTHS")], utc: "2024-04-15", tokyo: "2024-04-16" },
    { name: "FROM_TODAY", args: [n("-1"), w("YEARS")], utc: "2023-03-15", tokyo: "2023-03-16" },
    { name: "THIS_WEEK", utc: "2024-03-10..2024-03-16", tokyo: "2024-03-10..2024-03-16" },
    { name: "THIS_WEEK", args: [w("MONDAY")], utc: "2024-03-11", tokyo: "2024-03-11" },
    { name: "LAST_WEEK", utc: "2024-03-03..2024-03-09", tokyo: "2024-03-03..2024-03-09" },
    { name: "LAST_WEEK", args: [w("SUNDAY")], utc: "2024-03-03", tokyo: "2024-03-03" },
    { name: "NEXT_WEEK", utc: "2024-03-17..2024-03-23", tokyo: "2024-03-17..2024-03-23" },
    { name: "NEXT_WEEK", args: [w("SATURDAY")], utc: "2024-03-23", tokyo: "2024-03-23" },
    { name: "THIS_MONTH", utc: "2024-03-01..2024-03-31", tokyo: "2024-03-01..2024-03-31" },
    { name: "THIS_MONTH", args: [w("LAST")], utc: "2024-03-31", tokyo: "2024-03-31" },
    { name: "THIS_MONTH", args: [n("15")], utc: "2024-03-15", tokyo: "2024-03-15" },
    { name: "LAST_MONTH", utc: "2024-02-01..2024-02-29", tokyo: "2024-02-01..2024-02-29" },
    { name: "LAST_MONTH", args: [w("LAST")], utc: "2024-02-29", tokyo: "2024-02-29" },
    { name: "LAST_MONTH", args: [n("30")], utc: "2024-03-01", tokyo: "2024-03-01" },
    { name: "NEXT_MONTH", utc: "2024-04-01..2024-04-30", tokyo: "2024-04-01..2024-04-30" },
    { name: "NEXT_MONTH", args: [n("31")], utc: "2024-05-01", tokyo: "2024-05-01" },
    { name: "THIS_YEAR", utc: "2024-01-01..2024-12-31", tokyo: "2024-01-01..2024-12-31" },
    { name: "LAST_YEAR", utc: "2023-01-01..2023-12-31", tokyo: "2023-01-01..2023-12-31" },
    { name: "NEXT_YEAR", utc: "2025-01-01..2025-12-31", tokyo: "2025-01-01..2025-12-31" },
  ])("$name($args) is $utc in UTC and $tokyo in Tokyo", ({ name, args = [], utc, tokyo }) => {
    expect(render(queryFunctions[name](args, environment("UTC")))).toBe(utc);
    expect(render(queryFunctions[name](args, environment("Asia/Tokyo")))).toBe(tokyo);
  });

  it("ignores PRIMARY_ORGANIZATION() for a caller without one", () => {
    expect(queryFunctions.PRIMARY_ORGANIZATION([], environment("UTC", null))).toEqual({
      type: "ignored",
    });
  });

  it("shifts THIS_WEEK() across a week boundary in Tokyo", () => {
    const sundayInTokyo = Date.parse("2024-03-16T15:30:00Z");
    const env = { ...environment("UTC"), today: civilDayOf(sundayInTokyo, "Asia/Tokyo") };
    expect(render(queryFunctions.THIS_WEEK([], env))).toBe("2024-03-17..2024-03-23");
  });

  it("clamps FROM_TODAY(1, MONTHS) at a month's end", () => {
    const env = {
      ...environment("UTC"),
      today: civilDayOf(Date.parse("2024-01-31T00:00:00Z"), "UTC"),
    };
    expect(render(queryFunctions.FROM_TODAY([n("1"), w("MONTHS")], env))).toBe("2024-02-29");
  });

  it.each<{ name: FunctionName; args: ArgumentNode[] }>([
    { name: "TODAY", args: [n("1")] },
    { name: "LOGINUSER", args: [w("x")] },
    { name: "FROM_TODAY", args: [n("5")] },
    { name: "FROM_TODAY", args: [n("1.5"), w("DAYS")] },
    { name: "FROM_TODAY", args: [n("5"), w("HOURS")] },
    { name: "FROM_TODAY", args: [w("DAYS"), n("5")] },
    { name: "FROM_TODAY", args: [n("5"), w("DAYS"), n("1")] },
    { name: "THIS_WEEK", args: [w("monday")] },
    { name: "THIS_WEEK", args: [w("MONDAY"), w("TUESDAY")] },
    { name: "THIS_MONTH", args: [n("0")] },
    { name: "THIS_MONTH", args: [n("32")] },
    { name: "THIS_MONTH", args: [w("FIRST")] },
    { name: "THIS_MONTH", args: [n("1"), n("2")] },
    { name: "THIS_YEAR", args: [n("2024")] },
  ])("rejects $name($args) with CB_VA01", ({ name, args }) => {
    expect(() => queryFunctions[name](args, environment("UTC"))).toThrow(
      expect.objectContaining({ code: "CB_VA01" }),
    );
  });
});
