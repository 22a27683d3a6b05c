import { describe, expect, it } from "vitest";
import { smallest } from "./smallest.js";

const ascending = (a: number, b: number) => a - b;
const shuffled = [7, 3, 9, 1, 8, 2, 6, 0, 5, 4];

describe("smallest", () => {
  it.each([
    { name: "the first few of shuffled items", items: shuffled, count: 3, want: [0, 1, 2] },
    {
      name: "all items, sorted, when count exceeds them",
      items: shuffled,
      count: 20,
      want: [...Array(10).keys()],
    },
    { name: "nothing for count 0", items: shuffled, count: 0, want: [] },
    {
      name: "the first of items already in order",
      items: [...Array(10).keys()],
      count: 4,
      want: [0, 1, 2, 3],
    },
    {
      name: "the first of items in reverse order",
      items: [...Array(10).keys()].reverse(),
      count: 4,
      want: [0, 1, 2, 3],
    },
    { name: "duplicates", items: [2, 1, 2, 1, 3], count: 3, want: [1, 1, 2] },
    {
      name: "the first of items in order with ties",
      items: [5, 5, 4, 4, 3, 1],
      count: 2,
      want: [1, 3],
    },
  ])("returns $name", ({ items, count, want }) => {
    expect(smallest(items, count, ascending)).toEqual(want);
  });

  it("agrees with a full sort on random input", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const items = Array.from({ length: 2000 }, () => random() % 500);
    for (const count of [1, 7, 100, 1999])
      expect(smallest(items, count, ascending)).toEqual([...items].sort(ascending).slice(0, count));
  });

  it("keeps equal items in input order, as a stable sort does", () => {
    type Item = { key: number; name: string };
    const item = (key: number, name: string): Item => ({ key, name });
    const byKey = (a: Item, b: Item) => a.key - b.key;
    const names = (items: Item[]) => items.map(({ name }) => name);
    const mixed = [item(2, "a"), item(1, "b"), item(2, "c"), item(1, "d")];
    expect(names(smallest(mixed, 4, byKey))).toEqual(["b", "d", "a", "c"]);
    expect(names(smallest([item(2, "a"), item(2, "c")], 2, byKey))).toEqual(["a", "c"]);
  });

  it("leaves its input untouched", () => {
    const items = [...shuffled];
    smallest(items, 20, ascending);
    smallest(items, 3, ascending);
    expect(items).toEqual(shuffled);
  });
});
