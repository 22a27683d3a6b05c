import type { Principal } from "../auth/principal.js";
import type { Runtime } from "../emulator/runtime.js";
import type { MultipartPart } from "../http/parse-multipart.js";
import type { Db } from "../store/db.js";

/** Everything a route handler works with for one (possibly bulk) request. */
export type RequestContext = {
  db: Db;
  principal: Principal;
  guestSpaceId: string | null;
  params: Record<string, unknown>;
  upload: MultipartPart | undefined;
  now: Date;
  timeZone: string;
  runtime: Runtime;
  /** Runs another route in the same transaction (bulkRequest). */
  dispatch(
    method: string,
    path: string,
    guestSpaceId: string | null,
    params: Record<string, unknown>,
  ): unknown;
};

/** The part of a request context that record writes need. */
export type WriteScope = Pick<RequestContext, "db" | "principal" | "now" | "timeZone">;

/** A binary answer (file download) instead of JSON. */
export class FileReply {
  readonly contentType: string;
  readonly name: string;
  readonly data: Buffer;

  constructor(contentType: string, name: string, data: Buffer) {
    this.contentType = contentType;
    this.name = name;
    this.data = data;
  }
}

/** One API: its handler, and whether bulkRequest may run it. */
export type Route = {
  handler: (ctx: RequestContext) => unknown;
  bulk: boolean;
};
