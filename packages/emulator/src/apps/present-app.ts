import type { AppState } from "./app-state.js";

/** An app's general information as GET app.json and GET apps.json return it. */
export function presentApp(app: AppState): Record<string, unknown> {
  return {
    appId: app.id,
    code: app.code,
    name: app.name,
    description: app.description,
    spaceId: app.spaceId,
    threadId: app.threadId,
    createdAt: app.createdAt,
    creator: app.creator,
    modifiedAt: app.modifiedAt,
    modifier: app.modifier,
  };
}
