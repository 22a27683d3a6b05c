import { describe, expect, it } from "vitest";
import { splitRange } from "./read-in-parallel.js";

describe("splitRange", () => {
  it.each([
    {
      given: [1, 10, 2],
      want: [
        [1, 5],
        [6, 10],
      ],
    },
    {
      given: [1, 10, 3],
      want: [
        [1, 4],
        [5, 8],
        [9, 10],
      ],
    },
    { given: [5, 5, 4], want: [[5, 5]] },
    {
      given: [1, 3, 8],
      want: [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    },
  ])("splits $given", ({ given: [from = 0, to = 0, parts = 1], want }) => {
    expect(splitRange(from, to, parts).map((range) => [range.from, range.to])).toEqual(want);
  });
});
