import { describe, expect, it } from "vitest";
import { TableStore } from "./table-store.js";
import { Transaction } from "./transaction.js";

const record = (code: string) => ({ code: { type: "SINGLE_LINE_TEXT", value: code } });
const sorted = (keys: Iterable<string>) => [...keys].sort();

describe("field value lookups", () => {
  it("find the entries holding a value, and follow later puts and deletes", () => {
    const store = new TableStore();
    store.apply([
      { table: "r", key: "1", value: record("A") },
      { table: "r", key: "2", value: record("B") },
    ]);
    expect(sorted(store.keysWithValue("r", "code", "A"))).toEqual(["1"]);
    store.apply([
      { table: "r", key: "1", value: record("B") },
      { table: "r", key: "3", value: record("A") },
      { table: "r", key: "2", value: null },
    ]);
    expect(sorted(store.keysWithValue("r", "code", "A"))).toEqual(["3"]);
    expect(sorted(store.keysWithValue("r", "code", "B"))).toEqual(["1"]);
    store.clear();
    expect(sorted(store.keysWithValue("r", "code", "B"))).toEqual([]);
  });

  it("ignore values that are not strings and fields an entry lacks", () => {
    const store = new TableStore();
    store.apply([
      { table: "r", key: "1", value: { code: { value: ["A"] } } },
      { table: "r", key: "2", value: { other: { value: "A" } } },
    ]);
    expect(sorted(store.keysWithValue("r", "code", "A"))).toEqual([]);
  });

  it("see a transaction's own writes and deletions before they are committed", () => {
    const store = new TableStore();
    store.apply([
      { table: "r", key: "1", value: record("A") },
      { table: "r", key: "2", value: record("B") },
    ]);
    const tx = new Transaction(store);
    expect(tx.keysWithValue("r", "code", "A")).toEqual(["1"]);
    tx.put("r", "3", record("A"));
    tx.put("r", "1", record("C"));
    tx.delete("r", "2");
    expect(tx.keysWithValue("r", "code", "A")).toEqual(["3"]);
    expect(tx.keysWithValue("r", "code", "B")).toEqual([]);
    expect(tx.keysWithValue("r", "code", "C")).toEqual(["1"]);
    expect(sorted(store.keysWithValue("r", "code", "A"))).toEqual(["1"]);
  });
});
