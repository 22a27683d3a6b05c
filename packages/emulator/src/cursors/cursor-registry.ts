import { randomUUID } from "node:crypto";
import { kintoneError } from "../errors/error-catalog.js";

/** A cursor: the ids of the records it matched when created, read page by page. */
export type Cursor = {
  id: string;
  app: string;
  fields: string[] | undefined;
  ids: string[];
  size: number;
  position: number;
  lastUsed: number;
};

const maxCursors = 10;
const idleLimitMs = 10 * 60 * 1000;

/** The open cursors of the domain, expiring after ten minutes without use. */
export class CursorRegistry {
  readonly #cursors = new Map<string, Cursor>();
  readonly #clock: () => Date;

  constructor(clock: () => Date) {
    this.#clock = clock;
  }

  /** Opens a cursor; fails like kintone when ten are already open. */
  create(cursor: Omit<Cursor, "id" | "position" | "lastUsed">): Cursor {
    this.#expire();
    if (this.#cursors.size >= maxCursors) throw kintoneError("cursorLimit");
    const created: Cursor = { ...cursor, id: randomUUID(), position: 0, lastUsed: this.#now() };
    this.#cursors.set(created.id, created);
    return created;
  }

  /** The cursor with the id, marked as used now; fails when unknown or expired. */
  use(id: string): Cursor {
    this.#expire();
    const cursor = this.#cursors.get(id);
    if (!cursor) throw kintoneError("cursorNotFound");
    cursor.lastUsed = this.#now();
    return cursor;
  }

  /** Closes a cursor; fails when unknown or expired. */
  delete(id: string): void {
    this.#expire();
    if (!this.#cursors.delete(id)) throw kintoneError("cursorNotFound");
  }

  /** How many cursors are open. */
  count(): number {
    this.#expire();
    return this.#cursors.size;
  }

  /** Closes every cursor. */
  clear(): void {
    this.#cursors.clear();
  }

  #now(): number {
    return this.#clock().getTime();
  }

  #expire(): void {
    const now = this.#now();
    for (const [id, cursor] of this.#cursors) {
      if (now - cursor.lastUsed >= idleLimitMs) this.#cursors.delete(id);
    }
  }
}
