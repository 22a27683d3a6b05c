import { describe, expect, it } from "vitest";
import { idOrderOf, idRangeOf } from "./id-range.js";
import { parseQuery } from "./parse-query.js";

const open = Number.POSITIVE_INFINITY;

describe("idRangeOf", () => {
  it.each<{ given: string; want: [number, number] }>([
    { given: "", want: [-open, open] },
    { given: "$id > 10", want: [11, open] },
    { given: "$id >= 10", want: [10, open] },
    { given: "$id < 10", want: [-open, 9] },
    { given: "$id <= 10", want: [-open, 10] },
    { given: "$id = 7", want: [7, 7] },
    { given: '$id > "10"', want: [11, open] },
    { given: "$id > 2.5 and $id < 7.5", want: [3, 7] },
    { given: "$id = 2.5", want: [3, 2] },
    { given: "($id > 10 and amount > 1) and $id <= 20", want: [11, 20] },
    { given: "$id > 10 and $id > 5", want: [11, open] },
    // Only conjuncts narrow: an `or`, a negation or another field leaves the range open.
    { given: "$id > 10 or $id < 5", want: [-open, open] },
    { given: "$id != 10", want: [-open, open] },
    { given: "$id not in (1, 2)", want: [-open, open] },
    { given: "amount > 10", want: [-open, open] },
    { given: "Record_number > 10", want: [-open, open] },
  ])("$given", ({ given, want }) => {
    const { min, max } = idRangeOf(parseQuery(given).where);
    expect([min, max]).toEqual(want);
  });
});

describe("idOrderOf", () => {
  it.each<{ given: string; want: "asc" | "desc" | undefined }>([
    { given: "", want: "desc" },
    { given: "order by $id asc", want: "asc" },
    { given: "order by $id desc, amount asc", want: "desc" },
    { given: "order by amount asc, $id asc", want: undefined },
  ])("$given", ({ given, want }) => {
    expect(idOrderOf(parseQuery(given).orderBy)).toBe(want);
  });
});
