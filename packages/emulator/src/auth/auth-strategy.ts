import type { Db } from "../store/db.js";
import type { Principal } from "./principal.js";
import type { SessionRegistry } from "./session-registry.js";

/** Request headers with lower-case names, as node gives them. */
export type Headers = Record<string, string | string[] | undefined>;

/** What authentication looks at: the HTTP method, the headers and the request token sent, if any. */
export type AuthRequest = {
  /** The method on the wire (POST for a GET sent with X-HTTP-Method-Override). */
  method: string;
  headers: Headers;
  /** `__REQUEST_TOKEN__` from the query string, JSON body or multipart part. */
  requestToken: unknown;
  sessions: SessionRegistry;
};

/** One way of authenticating: it either does not apply to the request, or decides who it is. */
export type AuthStrategy = {
  /** True when the request carries this strategy's credentials. */
  applies(headers: Headers): boolean;
  /** The principal of the credentials; throws kintone's error when they are wrong. */
  authenticate(request: AuthRequest, db: Db): Principal;
};

/** The header's value, several occurrences joined by commas. */
export function headerValue(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}
