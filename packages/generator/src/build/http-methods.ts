import type { HttpMethod } from "./ir.js";

/** Per HTTP method: its key in an OpenAPI path item, and whether its parameters travel in the query string. */
export const httpMethods = {
  GET: { key: "get", parametersInQuery: true },
  POST: { key: "post", parametersInQuery: false },
  PUT: { key: "put", parametersInQuery: false },
  DELETE: { key: "delete", parametersInQuery: false },
} as const satisfies Record<HttpMethod, { key: string; parametersInQuery: boolean }>;

/** The methods in the order operations of one path are listed. */
export const httpMethodOrder = Object.keys(httpMethods) as HttpMethod[];
