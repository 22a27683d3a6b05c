/** A JSON Schema node as the spec writes it (OpenAPI 3.1 dialect). */
export type SchemaNode = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  description?: string;
  title?: string;
  deprecated?: boolean;
  format?: string;
  contentMediaType?: string;
  [key: string]: unknown;
};

/** The kinds of HTTP methods kintone uses. */
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** How a request body travels. */
export type RequestBodyKind = "json" | "multipart";

/** How a response body arrives. */
export type ResponseBodyKind = "json" | "binary";

/** The record shapes types can be generic over: a record as kintone returns it, and as it accepts one. */
export type RecordRole = "read" | "write";

/** A request member that lists field codes of a record role (`fields: [...]`), so results can be narrowed to them. */
export type FieldSelection = { member: string; role: RecordRole };

/** One operation parameter (query or path). */
export type ParameterIr = {
  name: string;
  in: "query" | "path";
  required: boolean;
  schema: SchemaNode;
  description: string | undefined;
  /** JSON pointer of the parameter in the bundle, for error messages. */
  pointer: string;
};

/** One operation of the spec, resolved and named. */
export type OperationIr = {
  operationId: string;
  method: HttpMethod;
  path: string;
  /** Client group (`record`, `app`, ...) or undefined for top-level methods such as `bulkRequest`. */
  group: string | undefined;
  methodName: string;
  /** Area file the operation's types go to, from its first tag. */
  area: string;
  guest: boolean;
  /** operationId of the live twin when this is a preview operation sharing a client method. */
  previewOf: string | undefined;
  methodOverride: boolean;
  experimental: boolean;
  deprecated: boolean;
  summary: string;
  description: string;
  parameters: ParameterIr[];
  requestBody: { kind: RequestBodyKind; schema: SchemaNode } | undefined;
  response: { kind: ResponseBodyKind; schema: SchemaNode };
  /** Type names the operation's request and response get. */
  requestTypeName: string;
  responseTypeName: string;
  /** Record roles the request and response types take as type parameters, in recordRoles order. */
  requestTypeParameters: RecordRole[];
  responseTypeParameters: RecordRole[];
  fieldSelection: FieldSelection | undefined;
  pointer: string;
};

/** One named component schema. */
export type SchemaIr = {
  name: string;
  schema: SchemaNode;
  /** Area file the schema's type goes to (`common` when several areas use it). */
  area: string;
  /** Names of the schemas it references directly. */
  references: string[];
  /** Record roles it is generic over because it contains (directly or through references) a record or a field code. */
  typeParameters: RecordRole[];
  pointer: string;
};

/** Everything the emitters need, sorted and with names resolved. */
export type Ir = {
  specTitle: string;
  specVersion: string;
  operations: OperationIr[];
  schemas: SchemaIr[];
  /** The schema marked as each role's record type (`x-kintone-record-type`): type parameter constraint and default. */
  recordSchemas: Partial<Record<RecordRole, string>>;
};
