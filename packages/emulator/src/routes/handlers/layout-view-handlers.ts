import { normalizeProcess } from "../../apps/normalize-process.js";
import { changePreview } from "../../apps/preview-settings.js";
import { fieldCodeOfType } from "../../apps/system-fields.js";
import { validationError } from "../../errors/error-catalog.js";
import { appFor } from "../app-for.js";
import type { RequestContext } from "../route.js";
import { settingsFor } from "../settings-for.js";

/** GET (preview/)app/form/layout.json: the form layout. */
export function getLayout(preview: boolean): (ctx: RequestContext) => unknown {
  return (ctx) => {
    const { settings } = settingsFor(ctx, preview);
    return { layout: settings.layout, revision: String(settings.revision) };
  };
}

/** PUT preview/app/form/layout.json: replaces the preview layout. */
export function putLayout(ctx: RequestContext): unknown {
  const app = appFor(ctx, "manage");
  const layout = ctx.params.layout;
  if (!Array.isArray(layout)) throw validationError({ layout: ["Required field."] });
  return changePreview(ctx, app, (settings) => ({ ...settings, layout }));
}

/** GET (preview/)app/views.json: the record list views. */
export function getViews(preview: boolean): (ctx: RequestContext) => unknown {
  return (ctx) => {
    const { settings } = settingsFor(ctx, preview);
    return { views: settings.views, revision: String(settings.revision) };
  };
}

/** PUT preview/app/views.json: replaces the preview views; new views get ids. */
export function putViews(ctx: RequestContext): unknown {
  const app = appFor(ctx, "manage");
  const given = ctx.params.views;
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    throw validationError({ views: ["Required field."] });
  }
  const views: Record<string, Record<string, unknown>> = {};
  for (const [name, view] of Object.entries(given as Record<string, Record<string, unknown>>)) {
    const previous = app.preview.views[name];
    const id = previous?.id ?? String(ctx.db.next("view"));
    views[name] = { ...view, name, id };
  }
  const { revision } = changePreview(ctx, app, (settings) => ({ ...settings, views }));
  return {
    views: Object.fromEntries(Object.entries(views).map(([name, view]) => [name, { id: view.id }])),
    revision,
  };
}

/** GET (preview/)app/status.json: the process management settings. */
export function getProcess(preview: boolean): (ctx: RequestContext) => unknown {
  return (ctx) => {
    const { settings } = settingsFor(ctx, preview);
    return { ...settings.process, revision: String(settings.revision) };
  };
}

/** PUT preview/app/status.json: changes the preview process management settings. */
export function putProcess(ctx: RequestContext): unknown {
  const app = appFor(ctx, "manage");
  const input = ctx.params as Parameters<typeof normalizeProcess>[0];
  return changePreview(ctx, app, (settings) => ({
    ...settings,
    process: normalizeProcess(
      input,
      settings.process,
      fieldCodeOfType(settings.fields, "CREATOR") ?? "Created_by",
    ),
  }));
}
