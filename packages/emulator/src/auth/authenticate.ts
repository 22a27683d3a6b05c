import { kintoneError } from "../errors/error-catalog.js";
import type { Db } from "../store/db.js";
import { apiTokenStrategy } from "./api-token-strategy.js";
import type { AuthStrategy, Headers } from "./auth-strategy.js";
import { passwordStrategy } from "./password-strategy.js";
import type { Principal } from "./principal.js";

// Password first: kintone serves a request carrying a valid password and a wrong token.
const strategies: readonly AuthStrategy[] = [passwordStrategy, apiTokenStrategy];

/** Decides who the request acts as with the first strategy whose credentials it carries. */
export function authenticate(headers: Headers, db: Db): Principal {
  const strategy = strategies.find((candidate) => candidate.applies(headers));
  if (!strategy) throw kintoneError("loginRequired");
  return strategy.authenticate(headers, db);
}
