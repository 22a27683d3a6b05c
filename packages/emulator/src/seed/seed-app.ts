import type { AppSettings, AppState, UserRef } from "../apps/app-state.js";
import { normalizeProcess } from "../apps/normalize-process.js";
import { withSystemFields } from "../apps/system-fields.js";
import { completeProperties } from "../fields/complete-property.js";
import type { SeedApp } from "./seed-types.js";

const idOrNull = (value: number | string | null | undefined): string | null =>
  value === undefined || value === null ? null : String(value);

/** An app of the seed as stored, its settings deployed (live and preview equal). */
export function seedApp(app: SeedApp, creator: UserRef, at: string): AppState {
  const fields = completeProperties(app.fields ?? {});
  const creatorCode =
    Object.values(fields).find((field) => field.type === "CREATOR")?.code ?? "Created_by";
  const process = normalizeProcess(
    app.processManagement ?? {},
    { enable: false, states: {}, actions: [] },
    creatorCode,
  );
  const settings: AppSettings = {
    revision: 1,
    fields: withSystemFields(fields, process.enable),
    layout: app.layout ?? [],
    views: app.views ?? {},
    process,
  };
  return {
    id: String(app.id),
    code: app.code ?? "",
    name: app.name,
    description: app.description ?? "",
    spaceId: idOrNull(app.spaceId ?? app.guestSpaceId),
    threadId: idOrNull(app.threadId ?? app.spaceId ?? app.guestSpaceId),
    guestSpaceId: idOrNull(app.guestSpaceId),
    createdAt: at,
    creator,
    modifiedAt: at,
    modifier: creator,
    live: settings,
    preview: structuredClone(settings),
    permissions: app.permissions ?? null,
    recordAcl: app.recordAcl ?? [],
  };
}
