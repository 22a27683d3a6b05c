import type { AppSettings, AppState } from "../apps/app-state.js";
import { appFor } from "./app-for.js";
import type { RequestContext } from "./route.js";

/** The app and its live settings (readable with view rights) or preview settings (manage rights). */
export function settingsFor(
  ctx: RequestContext,
  preview: boolean,
): { app: AppState; settings: AppSettings } {
  const app = appFor(ctx, preview ? "manage" : "view");
  return { app, settings: preview ? app.preview : app.live };
}
