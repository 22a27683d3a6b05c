import type { AppState } from "../../apps/app-state.js";
import { emptySettings } from "../../apps/empty-settings.js";
import { findApp } from "../../apps/find-app.js";
import { presentApp } from "../../apps/present-app.js";
import { appRightsOf } from "../../auth/authorize-app.js";
import { kintoneError, validationError } from "../../errors/error-catalog.js";
import { optionalInt, positiveId, requiredId, stringArray } from "../params.js";
import type { RequestContext } from "../route.js";

function canSee(ctx: RequestContext, app: AppState): boolean {
  const rights = appRightsOf(ctx.principal, app);
  return Boolean(rights && (rights.view || rights.add || rights.manage));
}

/** GET app.json: the general information of one app. */
export function getApp(ctx: RequestContext): unknown {
  const app = findApp(ctx.db, requiredId(ctx.params, "id"), ctx.guestSpaceId);
  if (!canSee(ctx, app))
    throw kintoneError(ctx.principal.kind === "token" ? "apiTokenNoRight" : "noPermission");
  return presentApp(app);
}

/** GET apps.json: the apps the requester can see, filtered and paged (100 at most). */
export function getApps(ctx: RequestContext): unknown {
  const ids = stringArray(ctx.params, "ids")?.map((id, index) => positiveId(id, `ids[${index}]`));
  const codes = stringArray(ctx.params, "codes");
  const spaceIds = stringArray(ctx.params, "spaceIds");
  const name = typeof ctx.params.name === "string" ? ctx.params.name.toLowerCase() : undefined;
  const offset = optionalInt(ctx.params, "offset", { min: 0, max: Number.MAX_SAFE_INTEGER }) ?? 0;
  const limit = optionalInt(ctx.params, "limit", { min: 1, max: 100 }) ?? 100;
  const apps = ctx.db
    .apps()
    .filter((app) => ctx.guestSpaceId === null || app.guestSpaceId === ctx.guestSpaceId)
    .filter((app) => canSee(ctx, app))
    .filter((app) => !ids || ids.includes(app.id))
    .filter((app) => !codes || codes.includes(app.code))
    .filter((app) => !spaceIds || (app.spaceId !== null && spaceIds.includes(app.spaceId)))
    .filter((app) => name === undefined || app.name.toLowerCase().includes(name))
    .sort((a, b) => Number(a.id) - Number(b.id));
  return { apps: apps.slice(offset, offset + limit).map(presentApp) };
}

/** POST preview/app.json: creates an app with preview settings; deploy makes them live. */
export function addPreviewApp(ctx: RequestContext): unknown {
  if (ctx.principal.kind !== "user") throw kintoneError("apiTokenNoRight");
  const name = ctx.params.name;
  if (typeof name !== "string" || name === "") throw validationError({ name: ["Required field."] });
  if ([...name].length > 64) throw validationError({ name: ["Enter less than 65 characters."] });
  const space = ctx.params.space === undefined ? null : positiveId(ctx.params.space, "space");
  const thread = ctx.params.thread === undefined ? null : positiveId(ctx.params.thread, "thread");
  const id = String(ctx.db.next("app"));
  const at = ctx.now.toISOString();
  const app: AppState = {
    id,
    code: "",
    name,
    description: "",
    spaceId: space,
    threadId: thread,
    guestSpaceId: ctx.guestSpaceId,
    createdAt: at,
    creator: ctx.principal.actor,
    modifiedAt: at,
    modifier: ctx.principal.actor,
    live: emptySettings(),
    preview: emptySettings(),
    permissions: null,
    recordAcl: [],
  };
  ctx.db.putApp(app);
  return { app: id, revision: String(app.preview.revision) };
}
