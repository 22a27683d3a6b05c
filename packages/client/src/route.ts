/** The HTTP methods kintone's REST API uses. */
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** One client method as the generated route table lists it: `[group, method, HTTP method, path, flags, preview path?]`. */
export type Route = readonly [
  group: string,
  name: string,
  method: HttpMethod,
  /** Relative to `/k/v1/` (or `/k/guest/<id>/v1/`), or absolute when it starts with `/`. */
  path: string,
  flags: number,
  previewPath?: string,
];

/** Bits of a route's flags, written by the generator. */
export const routeFlags = { guest: 1, methodOverride: 2, multipart: 4, binary: 8 } as const;
