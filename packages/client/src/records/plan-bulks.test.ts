import { describe, expect, it } from "vitest";
import { bulkIndexes, planBulks } from "./plan-bulks.js";

const range = (length: number) => Array.from({ length }, (_, index) => index);
const shape = (bulks: ReturnType<typeof planBulks<number>>) =>
  bulks.map((bulk) => bulk.map((chunk) => [chunk.start, chunk.items.length]));

describe("planBulks", () => {
  it.each([
    { given: 0, want: [] },
    { given: 1, want: [[[0, 1]]] },
    { given: 100, want: [[[0, 100]]] },
    {
      given: 101,
      want: [
        [
          [0, 100],
          [100, 1],
        ],
      ],
    },
    { given: 2000, want: [range(20).map((chunk) => [chunk * 100, 100])] },
    { given: 2001, want: [range(20).map((chunk) => [chunk * 100, 100]), [[2000, 1]]] },
  ])("splits $given records into chunks of 100 in bulks of 20", ({ given, want }) => {
    expect(shape(planBulks(range(given)))).toEqual(want);
  });

  it("keeps the items of each chunk in input order", () => {
    const [bulk] = planBulks(["a", "b", "c", "d", "e"], { recordsPerChunk: 2, chunksPerBulk: 2 });
    expect(bulk?.map((chunk) => chunk.items)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("lists the input indexes of a bulk", () => {
    const bulks = planBulks(range(7), { recordsPerChunk: 2, chunksPerBulk: 2 });
    expect(bulks.map(bulkIndexes)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6],
    ]);
  });
});
