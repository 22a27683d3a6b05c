import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import type { Change, TableStore } from "../store/table-store.js";

/** Where committed changes go before a response is sent. */
export type Persistence = {
  /** Makes changes durable; returns only once they would survive a crash. */
  append(changes: readonly Change[]): void;
  /** Replaces snapshot and journal with one snapshot of the store. */
  compact(store: TableStore): void;
  /** Releases the files. */
  close(): void;
};

/** Keeps nothing: state lives only in memory. */
export const memoryPersistence: Persistence = {
  append: () => {},
  compact: () => {},
  close: () => {},
};

const snapshotFile = "snapshot.json";
const journalFile = "journal.jsonl";
const compactEvery = 5000;

/** Loads a data directory into the store (or seeds it when new) and returns its journal. */
export function openDataDir(
  dir: string,
  store: TableStore,
  initial: () => readonly Change[],
): Persistence {
  mkdirSync(dir, { recursive: true });
  const snapshotPath = join(dir, snapshotFile);
  const journalPath = join(dir, journalFile);
  const fresh = !existsSync(snapshotPath) && !existsSync(journalPath);
  if (fresh) store.apply(initial());
  else {
    if (existsSync(snapshotPath)) store.apply(JSON.parse(readFileSync(snapshotPath, "utf8")));
    if (existsSync(journalPath)) replayJournal(readFileSync(journalPath, "utf8"), store);
  }
  let fd = -1;
  let appended = 0;
  const persistence: Persistence = {
    append(changes) {
      writeSync(fd, `${JSON.stringify(changes)}\n`);
      fsyncSync(fd);
      appended += 1;
    },
    compact(current) {
      // A crash before the truncation replays the old journal over the snapshot: harmless, changes are idempotent.
      writeFileDurably(dir, snapshotFile, JSON.stringify(current.dump()));
      if (fd >= 0) closeSync(fd);
      fd = openSync(journalPath, "w");
      fsyncSync(fd);
      appended = 0;
    },
    close() {
      if (fd >= 0) closeSync(fd);
      fd = -1;
    },
  };
  persistence.compact(store);
  return {
    ...persistence,
    append(changes) {
      if (appended >= compactEvery) persistence.compact(store);
      persistence.append(changes);
    },
  };
}

/** Applies each journal line; a torn last line (a crash mid-write) is ignored. */
export function replayJournal(text: string, store: TableStore): void {
  const lines = text.split("\n");
  // The element after the last newline is empty, or a line whose write was cut short.
  const last = lines.pop();
  for (const line of lines) store.apply(JSON.parse(line));
  if (last) {
    try {
      store.apply(JSON.parse(last));
    } catch {
      // A line without its newline was never acknowledged: dropping it loses nothing.
    }
  }
}

function writeFileDurably(dir: string, name: string, content: string): void {
  const temp = join(dir, `${name}.tmp`);
  const fd = openSync(temp, "w");
  writeSync(fd, content);
  fsyncSync(fd);
  closeSync(fd);
  renameSync(temp, join(dir, name));
  const dirFd = openSync(dir, "r");
  fsyncSync(dirFd);
  closeSync(dirFd);
}
