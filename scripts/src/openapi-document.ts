/** The loosely typed OpenAPI document the spec tooling passes between stages. */
export type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: Record<string, PathItem>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
};

/** One path item: its operations by HTTP method, plus shared fields such as `parameters`. */
export type PathItem = Partial<Record<HttpMethod, Operation>> & {
  parameters?: unknown[];
  [key: string]: unknown;
};

/** An operation with the kintone extensions the tooling reads. */
export type Operation = {
  operationId?: string;
  "x-kintone-guest"?: boolean;
  [key: string]: unknown;
};

/** The HTTP methods an OpenAPI path item can hold, in the order the bundles print them. */
export const httpMethods = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const;

/** One of the HTTP methods an OpenAPI path item can hold. */
export type HttpMethod = (typeof httpMethods)[number];
