import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TableStore } from "../store/table-store.js";
import { openDataDir, replayJournal } from "./journal.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "journal-"));
  dirs.push(dir);
  return dir;
};

describe("replayJournal", () => {
  it.each([
    { name: "complete lines", text: '[{"table":"t","key":"a","value":1}]\n', want: [["a", 1]] },
    {
      name: "a torn last line",
      text: '[{"table":"t","key":"a","value":1}]\n[{"table":"t","key":"b","val',
      want: [["a", 1]],
    },
    { name: "an empty journal", text: "", want: [] },
  ])("applies $name", ({ text, want }) => {
    const store = new TableStore();
    replayJournal(text, store);
    expect([...store.table("t")]).toEqual(want);
  });
});

describe("openDataDir", () => {
  it("seeds a new directory, then restores appended changes after a restart", () => {
    const dir = tempDir();
    const first = new TableStore();
    const journal = openDataDir(dir, first, () => [{ table: "t", key: "seed", value: 0 }]);
    journal.append([{ table: "t", key: "x", value: 1 }]);
    journal.close();
    const second = new TableStore();
    openDataDir(dir, second, () => [{ table: "t", key: "other", value: 9 }]).close();
    expect([...second.table("t")]).toEqual([
      ["seed", 0],
      ["x", 1],
    ]);
  });

  it("compacts the journal into the snapshot on start, dropping a torn line", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "snapshot.json"), JSON.stringify([{ table: "t", key: "a", value: 1 }]));
    writeFileSync(join(dir, "journal.jsonl"), '[{"table":"t","key":"b","value":2}]\n[{"tab');
    const store = new TableStore();
    openDataDir(dir, store, () => []).close();
    expect(readFileSync(join(dir, "journal.jsonl"), "utf8")).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "snapshot.json"), "utf8"))).toEqual([
      { table: "t", key: "a", value: 1 },
      { table: "t", key: "b", value: 2 },
    ]);
  });
});
