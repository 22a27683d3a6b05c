import { kintoneError } from "../errors/error-catalog.js";
import { type AuthStrategy, headerValue } from "./auth-strategy.js";

/** X-Cybozu-Authorization: base64 of `login:password` of a seeded user. */
export const passwordStrategy: AuthStrategy = {
  applies: (headers) => headerValue(headers, "x-cybozu-authorization") !== undefined,
  authenticate({ headers }, db) {
    const decoded = Buffer.from(headerValue(headers, "x-cybozu-authorization") ?? "", "base64");
    const text = decoded.toString("utf8");
    const colon = text.indexOf(":");
    const user = colon > 0 ? db.user(text.slice(0, colon)) : undefined;
    if (!user || user.password !== text.slice(colon + 1)) throw kintoneError("passwordAuthFailed");
    return { kind: "user", user, actor: { code: user.code, name: user.name } };
  },
};
