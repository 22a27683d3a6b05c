import { describe, expect, it } from "vitest";
import { seededRandom } from "../faults/seeded-random.js";
import { compileQuery } from "./compile-query.js";
import type { QueryContext, StoredRecord } from "./query-context.js";

type Row = {
  id: number;
  n: number | null;
  s: string;
  c: string[];
  d: string | null;
  t: string | null;
};
type Case = { text: string; holds: (row: Row) => boolean };

// Seeded, so failures reproduce.
const next = seededRandom(20_240_315);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const some = <T>(items: readonly T[]): T[] => items.filter(() => next() < 0.5);

const words = ["", "ab", "Abc", "b", "cab", "xyz"];
const choices = ["x", "y", "z"];
const drops = ["p", "q", "r"];
const days = ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"];

const opts = (labels: string[]) =>
  Object.fromEntries(labels.map((label, index) => [label, { label, index: String(index) }]));
const context: QueryContext = {
  fields: {
    n: { type: "NUMBER", code: "n" },
    s: { type: "SINGLE_LINE_TEXT", code: "s" },
    c: { type: "CHECK_BOX", code: "c", options: opts(choices) },
    d: { type: "DROP_DOWN", code: "d", options: opts(drops) },
    t: { type: "DATE", code: "t" },
  },
  now: new Date("2024-01-02T00:00:00Z"),
  timeZone: "UTC",
  loginUser: { code: "u", organizations: [], primaryOrganization: null, groups: [] },
};

const rows: Row[] = Array.from({ length: 300 }, (_, index) => ({
  id: index + 1,
  n: next() < 0.15 ? null : Math.floor(next() * 11) - 5,
  s: pick(words),
  c: some(choices),
  d: next() < 0.2 ? null : pick(drops),
  t: next() < 0.2 ? null : pick(days),
}));

const stored = (row: Row): StoredRecord => ({
  $id: { type: "__ID__", value: String(row.id) },
  n: { type: "NUMBER", value: row.n === null ? "" : String(row.n) },
  s: { type: "SINGLE_LINE_TEXT", value: row.s },
  c: { type: "CHECK_BOX", value: row.c },
  d: { type: "DROP_DOWN", value: row.d },
  t: { type: "DATE", value: row.t },
});

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(", ");
const nonEmpty = <T>(values: T[], fallback: T): T[] => (values.length > 0 ? values : [fallback]);

function leaf(): Case {
  const number = Math.floor(next() * 11) - 5;
  const word = pick(words.slice(1));
  const listed = nonEmpty(some(choices), "x");
  const dropped = nonEmpty(some(drops), "p");
  const day = pick(days);
  const cases: Case[] = [
    { text: `n = ${number}`, holds: (r) => r.n !== null && r.n === number },
    { text: `n != ${number}`, holds: (r) => r.n === null || r.n !== number },
    { text: `n < ${number}`, holds: (r) => r.n !== null && r.n < number },
    { text: `n >= ${number}`, holds: (r) => r.n !== null && r.n >= number },
    { text: `n in (${number}, ${number + 2})`, holds: (r) => r.n === number || r.n === number + 2 },
    { text: `n not in (${number})`, holds: (r) => r.n !== number },
    { text: `s = "${word}"`, holds: (r) => r.s === word },
    { text: `s != "${word}"`, holds: (r) => r.s !== word },
    { text: `s like "${word}"`, holds: (r) => r.s.toLowerCase().includes(word.toLowerCase()) },
    { text: `s not like "${word}"`, holds: (r) => !r.s.toLowerCase().includes(word.toLowerCase()) },
    { text: `c in (${quoted(listed)})`, holds: (r) => r.c.some((value) => listed.includes(value)) },
    {
      text: `c not in (${quoted(listed)})`,
      holds: (r) => !r.c.some((value) => listed.includes(value)),
    },
    { text: `d in (${quoted(dropped)})`, holds: (r) => r.d !== null && dropped.includes(r.d) },
    { text: `d not in (${quoted(dropped)})`, holds: (r) => r.d === null || !dropped.includes(r.d) },
    { text: `t = "${day}"`, holds: (r) => r.t === day },
    { text: `t > "${day}"`, holds: (r) => r.t !== null && r.t > day },
    { text: `t <= TODAY()`, holds: (r) => r.t !== null && r.t <= "2024-01-02" },
  ];
  return pick(cases);
}

// Or-heavy trees: every inner node is an `or` of two to four branches, sometimes an `and` of two.
function expression(depth: number): Case {
  if (depth === 0 || next() < 0.25) return leaf();
  if (next() < 0.45) {
    const [left, right] = [expression(depth - 1), expression(depth - 1)];
    return {
      text: `(${left.text} and ${right.text})`,
      holds: (r) => left.holds(r) && right.holds(r),
    };
  }
  const branches = Array.from({ length: 2 + Math.floor(next() * 3) }, () => expression(depth - 1));
  return {
    text: `(${branches.map((branch) => branch.text).join(" or ")})`,
    holds: (r) => branches.some((branch) => branch.holds(r)),
  };
}

const cases = Array.from({ length: 150 }, () => expression(3));

describe("compileQuery against a reference filter", () => {
  it.each(cases)("$text", ({ text, holds }) => {
    const compiled = compileQuery(text, context);
    const got = rows.filter((row) => compiled.matches(stored(row))).map((row) => row.id);
    expect(got).toEqual(rows.filter(holds).map((row) => row.id));
  });
});
