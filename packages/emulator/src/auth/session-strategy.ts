import { kintoneError } from "../errors/error-catalog.js";
import { type AuthStrategy, headerValue } from "./auth-strategy.js";
import { sessionCookieName } from "./session-registry.js";

/**
 * A browser session: the session cookie plus `X-Requested-With: XMLHttpRequest`, and the page's
 * CSRF token (`__REQUEST_TOKEN__`) on every request that is not a GET on the wire.
 */
export const sessionStrategy: AuthStrategy = {
  applies: (headers) =>
    headerValue(headers, "x-requested-with") === "XMLHttpRequest" &&
    (headerValue(headers, "cookie") ?? "").includes(`${sessionCookieName}=`),
  authenticate(request, db) {
    const session = request.sessions.fromCookie(headerValue(request.headers, "cookie"));
    const user = session && db.user(session.userCode);
    if (!session || !user) throw kintoneError("loginRequired");
    // kintone needs the token on POST, PUT and DELETE, so also on a GET sent as POST with an override.
    if (request.method !== "GET" && request.requestToken !== session.requestToken)
      throw kintoneError("invalidRequestToken");
    return { kind: "user", user, actor: { code: user.code, name: user.name } };
  },
};
