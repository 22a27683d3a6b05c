import type { TokenState } from "../apps/app-state.js";
import { kintoneError } from "../errors/error-catalog.js";
import { type AuthStrategy, headerValue } from "./auth-strategy.js";
import { tokenActor } from "./principal.js";

/** X-Cybozu-API-Token: one or more app tokens, comma separated or in repeated headers. */
export const apiTokenStrategy: AuthStrategy = {
  applies: (headers) => headerValue(headers, "x-cybozu-api-token") !== undefined,
  authenticate({ headers }, db) {
    const values = (headerValue(headers, "x-cybozu-api-token") ?? "")
      .split(",")
      .map((token) => token.trim())
      .filter((token) => token !== "");
    const tokens: TokenState[] = [];
    for (const value of values) {
      const token = db.token(value);
      if (!token) throw kintoneError("apiTokenInvalid");
      if (tokens.some((other) => other.app === token.app)) throw kintoneError("apiTokenDuplicate");
      tokens.push(token);
    }
    if (tokens.length === 0) throw kintoneError("apiTokenInvalid");
    return { kind: "token", tokens, actor: tokenActor };
  },
};
