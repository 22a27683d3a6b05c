import { kintoneError } from "../errors/error-catalog.js";
import type { Db } from "../store/db.js";
import type { AppState } from "./app-state.js";

/** The app, reachable only through its own guest space path, like kintone. */
export function findApp(db: Db, id: string, guestSpaceId: string | null): AppState {
  const app = db.app(id);
  if (!app) throw kintoneError("appNotFound", id);
  if (app.guestSpaceId !== null && guestSpaceId === null)
    throw kintoneError("guestSpacePathRequired");
  if (guestSpaceId !== null && app.guestSpaceId !== guestSpaceId)
    throw kintoneError("noPermission");
  return app;
}
