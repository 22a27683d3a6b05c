import type { Auth } from "./client-options.js";

declare const kintone: { getRequestToken(): string } | undefined;

// Headers each kind of authentication adds; session requests also carry the page's CSRF token on writes.
const authHeaders = {
  apiToken: (auth) => ({
    "X-Cybozu-API-Token": typeof auth.token === "string" ? auth.token : auth.token.join(","),
  }),
  password: (auth) => ({ "X-Cybozu-Authorization": toBase64(`${auth.username}:${auth.password}`) }),
  oauth: (auth) => ({ Authorization: `Bearer ${auth.accessToken}` }),
  session: () => ({ "X-Requested-With": "XMLHttpRequest" }),
} satisfies { [K in Auth["type"]]: (auth: Extract<Auth, { type: K }>) => Record<string, string> };

/** The headers that authenticate one request. */
export function buildAuthHeaders(
  auth: Auth,
  basicAuth: { username: string; password: string } | undefined,
): Record<string, string> {
  const headers: Record<string, string> = (
    authHeaders[auth.type] as (auth: Auth) => Record<string, string>
  )(auth);
  if (basicAuth)
    headers.Authorization = `Basic ${toBase64(`${basicAuth.username}:${basicAuth.password}`)}`;
  return headers;
}

/** The request token a session-authenticated request sends with its body, read from the kintone page. */
export function sessionRequestToken(): string {
  if (typeof kintone === "undefined") {
    throw new Error(
      "Session authentication needs a kintone page (kintone.getRequestToken() is missing)",
    );
  }
  return kintone.getRequestToken();
}

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
