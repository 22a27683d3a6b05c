import type { AppSettings } from "./app-state.js";
import { withSystemFields } from "./system-fields.js";

/** The settings of a new app: only system fields, no views, process management off. */
export function emptySettings(): AppSettings {
  return {
    revision: 1,
    fields: withSystemFields({}, false),
    layout: [],
    views: {},
    process: { enable: false, states: {}, actions: [] },
  };
}
