import type { AppRights, AppState } from "../apps/app-state.js";
import { kintoneError } from "../errors/error-catalog.js";
import { entityMatches } from "./entity-matches.js";
import type { Principal } from "./principal.js";

/** A right an operation needs on its app. */
export type Right = keyof AppRights;

const allRights: AppRights = { view: true, add: true, edit: true, delete: true, manage: true };

/** The rights the principal has on the app. */
export function appRightsOf(principal: Principal, app: AppState): AppRights | undefined {
  if (principal.kind === "token") return principal.tokens.find((token) => token.app === app.id);
  if (!app.permissions) return allRights;
  return app.permissions.find((entry) => entityMatches(entry.entity, principal.user));
}

/** Throws kintone's permission error unless the principal has the right on the app. */
export function authorizeApp(principal: Principal, app: AppState, right: Right): void {
  const rights = appRightsOf(principal, app);
  if (rights?.[right]) return;
  throw kintoneError(principal.kind === "token" ? "apiTokenNoRight" : "noPermission");
}
