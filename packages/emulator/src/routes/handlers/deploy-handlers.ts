import { findApp } from "../../apps/find-app.js";
import { authorizeApp } from "../../auth/authorize-app.js";
import { kintoneError, validationError } from "../../errors/error-catalog.js";
import { optionalRevision, positiveId, stringArray } from "../params.js";
import type { RequestContext } from "../route.js";

/** POST preview/app/deploy.json: copies preview settings to live (or back with `revert`). */
export function deploy(ctx: RequestContext): unknown {
  const items = ctx.params.apps;
  if (!Array.isArray(items) || items.length === 0)
    throw validationError({ apps: ["Required field."] });
  const revert = ctx.params.revert === true || ctx.params.revert === "true";
  const deployed = items.map((item: { app?: unknown; revision?: unknown }, index) => {
    const app = findApp(ctx.db, positiveId(item?.app, `apps[${index}].app`), ctx.guestSpaceId);
    authorizeApp(ctx.principal, app, "manage");
    const expected = optionalRevision(item?.revision, `apps[${index}].revision`);
    if (expected !== undefined && expected !== app.preview.revision)
      throw kintoneError("revisionConflict");
    const at = ctx.now.toISOString();
    ctx.db.putApp(
      revert
        ? { ...app, preview: structuredClone(app.live) }
        : {
            ...app,
            live: structuredClone(app.preview),
            modifiedAt: at,
            modifier: ctx.principal.actor,
          },
    );
    return app.id;
  });
  // Deploy progress is tracked only once every app of the request was accepted.
  for (const id of deployed) {
    ctx.runtime.deploys.set(id, { requestedAt: ctx.now.getTime(), reported: false });
  }
  return {};
}

/** GET preview/app/deploy.json: PROCESSING until the first status read after the deploy delay. */
export function deployStatus(ctx: RequestContext): unknown {
  const ids = stringArray(ctx.params, "apps") ?? [];
  if (ids.length === 0) throw validationError({ apps: ["Required field."] });
  return {
    apps: ids.map((raw, index) => {
      const app = findApp(ctx.db, positiveId(raw, `apps[${index}]`), ctx.guestSpaceId);
      authorizeApp(ctx.principal, app, "manage");
      const pending = ctx.runtime.deploys.get(app.id);
      const done =
        !pending ||
        (pending.reported && ctx.now.getTime() - pending.requestedAt >= ctx.runtime.deployDelayMs);
      if (pending) pending.reported = true;
      return { app: app.id, status: done ? "SUCCESS" : "PROCESSING" };
    }),
  };
}
