import { kintoneError } from "../errors/error-catalog.js";
import { optionalRevision } from "../routes/params.js";
import type { RequestContext } from "../routes/route.js";
import type { AppSettings, AppState } from "./app-state.js";

/** Applies a change to an app's preview settings, checking and advancing their revision. */
export function changePreview(
  ctx: RequestContext,
  app: AppState,
  change: (settings: AppSettings) => AppSettings,
): { revision: string } {
  const expected = optionalRevision(ctx.params.revision, "revision");
  if (expected !== undefined && expected !== app.preview.revision)
    throw kintoneError("revisionConflict");
  const preview = { ...change(structuredClone(app.preview)), revision: app.preview.revision + 1 };
  ctx.db.putApp({ ...app, preview });
  return { revision: String(preview.revision) };
}
