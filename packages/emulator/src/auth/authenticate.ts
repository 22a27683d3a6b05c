import { kintoneError } from "../errors/error-catalog.js";
import type { Db } from "../store/db.js";
import { apiTokenStrategy } from "./api-token-strategy.js";
import type { AuthRequest, AuthStrategy } from "./auth-strategy.js";
import { passwordStrategy } from "./password-strategy.js";
import type { Principal } from "./principal.js";
import { sessionStrategy } from "./session-strategy.js";

// Password first: kintone serves a request carrying a valid password and a wrong token.
const strategies: readonly AuthStrategy[] = [passwordStrategy, apiTokenStrategy, sessionStrategy];

/** Decides who the request acts as with the first strategy whose credentials it carries. */
export function authenticate(request: AuthRequest, db: Db): Principal {
  const strategy = strategies.find((candidate) => candidate.applies(request.headers));
  if (!strategy) throw kintoneError("loginRequired");
  return strategy.authenticate(request, db);
}
