import { describe, expect, it } from "vitest";
import { TableStore } from "./table-store.js";
import { Transaction } from "./transaction.js";

describe("TableStore and Transaction", () => {
  it("applies puts and deletes, and replaying the same changes changes nothing", () => {
    const store = new TableStore();
    const changes = [
      { table: "t", key: "a", value: 1 },
      { table: "t", key: "b", value: 2 },
      { table: "t", key: "a", value: null },
    ];
    store.apply(changes);
    store.apply(changes);
    expect([...store.table("t")]).toEqual([["b", 2]]);
  });

  it("shows buffered changes to its own reads only, until they are applied", () => {
    const store = new TableStore();
    store.apply([
      { table: "t", key: "a", value: 1 },
      { table: "t", key: "b", value: 2 },
    ]);
    const tx = new Transaction(store);
    tx.put("t", "c", 3);
    tx.put("t", "a", 10);
    tx.delete("t", "b");
    expect(tx.values("t")).toEqual([10, 3]);
    expect(tx.get("t", "b")).toBeUndefined();
    expect(store.get("t", "a")).toBe(1);
    store.apply(tx.changes());
    expect([...store.table("t")]).toEqual([
      ["a", 10],
      ["c", 3],
    ]);
  });

  it("keeps each table's values in insertion order, current after every apply and clear", () => {
    const store = new TableStore();
    store.apply([
      { table: "t", key: "a", value: 1 },
      { table: "t", key: "b", value: 2 },
    ]);
    expect(store.values("t")).toEqual([1, 2]);
    expect(new Transaction(store).values("t")).toBe(store.values("t"));
    store.apply([
      { table: "t", key: "a", value: 10 },
      { table: "t", key: "c", value: 3 },
      { table: "u", key: "x", value: 9 },
    ]);
    expect(store.values("t")).toEqual([10, 2, 3]);
    store.apply([{ table: "t", key: "b", value: null }]);
    expect(store.values("t")).toEqual([10, 3]);
    store.clear();
    expect(store.values("t")).toEqual([]);
  });

  it("dumps a state that rebuilds an equal store", () => {
    const store = new TableStore();
    store.apply([
      { table: "x", key: "1", value: { n: 1 } },
      { table: "y", key: "2", value: "v" },
    ]);
    const copy = new TableStore();
    copy.apply(store.dump());
    expect(copy.dump()).toEqual(store.dump());
  });
});
