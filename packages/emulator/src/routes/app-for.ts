import type { AppState } from "../apps/app-state.js";
import { findApp } from "../apps/find-app.js";
import { authorizeApp, type Right } from "../auth/authorize-app.js";
import { requiredId } from "./params.js";
import type { RequestContext } from "./route.js";

/** The app a request names in a parameter, checked for the right the operation needs. */
export function appFor(ctx: RequestContext, right: Right, name = "app"): AppState {
  const app = findApp(ctx.db, requiredId(ctx.params, name), ctx.guestSpaceId);
  authorizeApp(ctx.principal, app, right);
  return app;
}
