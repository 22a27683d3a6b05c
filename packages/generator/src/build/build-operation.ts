import type { BundleDocument } from "../load/load-bundle.js";
import { buildFieldSelection } from "./build-field-selection.js";
import { type RecordTypes, typeParametersOf } from "./build-record-types.js";
import { checkSchema } from "./check-schema.js";
import type {
  HttpMethod,
  OperationIr,
  ParameterIr,
  RequestBodyKind,
  ResponseBodyKind,
  SchemaNode,
} from "./ir.js";
import { sortRoles } from "./record-roles.js";
import { toPascalCase } from "./to-pascal-case.js";

type RawOperation = Record<string, unknown> & {
  operationId?: string;
  tags?: string[];
  parameters?: unknown[];
  requestBody?: { content?: Record<string, { schema?: SchemaNode }> };
  responses?: Record<string, { content?: Record<string, { schema?: SchemaNode }> }>;
};

// Which content types map to which body kinds; anything else fails generation.
const requestBodyKinds: Record<string, RequestBodyKind> = {
  "application/json": "json",
  "multipart/form-data": "multipart",
};
const binaryResponseTypes = new Set(["application/octet-stream", "*/*"]);

/** Resolves one operation of the bundle into its IR, failing with the spec location on anything it cannot type. */
export function buildOperation(
  document: BundleDocument,
  path: string,
  method: HttpMethod,
  raw: RawOperation,
  areaOfTag: ReadonlyMap<string, string>,
  types: RecordTypes,
): OperationIr {
  const pointer = `#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/${method.toLowerCase()}`;
  const operationId = raw.operationId;
  if (!operationId) throw new Error(`${pointer}: missing operationId`);
  const clientMethod = raw["x-kintone-method"];
  if (
    typeof clientMethod !== "string" ||
    !/^([a-z][A-Za-z]*\.)?[a-z][A-Za-z]*$/.test(clientMethod)
  ) {
    throw new Error(
      `${pointer}: x-kintone-method must be "group.method" or "method", got ${JSON.stringify(clientMethod)}`,
    );
  }
  const [group, methodName] = clientMethod.includes(".")
    ? clientMethod.split(".")
    : [undefined, clientMethod];
  const tag = raw.tags?.[0];
  const area = tag === undefined ? undefined : areaOfTag.get(tag);
  if (!area)
    throw new Error(`${pointer}: tag ${JSON.stringify(tag)} belongs to no x-tagGroups entry`);
  const previewOf = raw["x-kintone-preview-of"];
  const base = toPascalCase(operationId);
  const parameters = (raw.parameters ?? []).map((parameter, index) =>
    buildParameter(document, parameter, `${pointer}/parameters/${index}`),
  );
  const requestBody = buildRequestBody(raw, pointer);
  const response = buildResponse(raw, pointer);
  const requestSchemas = [
    ...parameters.map((parameter) => ({
      schema: parameter.schema,
      at: `${parameter.pointer}/schema`,
    })),
    ...(requestBody ? [{ schema: requestBody.schema, at: `${pointer}/requestBody` }] : []),
  ];
  return {
    operationId,
    method,
    path,
    group,
    methodName: methodName as string,
    area,
    guest: raw["x-kintone-guest"] === true,
    previewOf: typeof previewOf === "string" ? previewOf : undefined,
    methodOverride: raw["x-kintone-method-override"] === true,
    experimental: raw["x-kintone-experimental"] === true,
    deprecated: raw.deprecated === true,
    summary: String(raw.summary ?? ""),
    description: String(raw.description ?? ""),
    parameters,
    requestBody,
    response,
    requestTypeName: `${base}Request`,
    responseTypeName: `${base}Response`,
    requestTypeParameters: sortRoles(
      requestSchemas.flatMap(({ schema, at }) => typeParametersOf(schema, at, types)),
    ),
    responseTypeParameters:
      response.kind === "json"
        ? typeParametersOf(response.schema, `${pointer}/responses/200`, types)
        : [],
    fieldSelection: buildFieldSelection(document, parameters, requestBody, pointer, types),
    pointer,
  };
}

function buildParameter(
  document: BundleDocument,
  parameter: unknown,
  pointer: string,
): ParameterIr {
  let raw = parameter as Record<string, unknown>;
  let at = pointer;
  if (typeof raw.$ref === "string") {
    const name = raw.$ref.replace(/^#\/components\/parameters\//, "");
    const resolved = document.components?.parameters?.[name];
    if (!resolved || name === raw.$ref)
      throw new Error(`${pointer}: unknown parameter $ref ${raw.$ref}`);
    raw = resolved as Record<string, unknown>;
    at = `#/components/parameters/${name}`;
  }
  if (raw.in !== "query" && raw.in !== "path") {
    throw new Error(
      `${at}: unsupported parameter location ${JSON.stringify(raw.in)} (query and path only)`,
    );
  }
  const schema = (raw.schema ?? {}) as SchemaNode;
  checkSchema(schema, `${at}/schema`);
  return {
    name: String(raw.name),
    in: raw.in,
    required: raw.required === true,
    schema,
    description: typeof raw.description === "string" ? raw.description : undefined,
    pointer: at,
  };
}

function buildRequestBody(raw: RawOperation, pointer: string): OperationIr["requestBody"] {
  const content = raw.requestBody?.content;
  if (!content) return undefined;
  const entries = Object.entries(content);
  const [contentType, media] = entries[0] ?? [];
  const kind = contentType === undefined ? undefined : requestBodyKinds[contentType];
  if (entries.length !== 1 || !kind || !media?.schema) {
    throw new Error(
      `${pointer}/requestBody: expected one application/json or multipart/form-data body with a schema`,
    );
  }
  checkSchema(
    media.schema,
    `${pointer}/requestBody/content/${contentType?.replace("/", "~1")}/schema`,
  );
  return { kind, schema: media.schema };
}

function buildResponse(raw: RawOperation, pointer: string): OperationIr["response"] {
  const content = raw.responses?.["200"]?.content;
  if (!content) throw new Error(`${pointer}/responses/200: missing 200 response content`);
  const json = content["application/json"];
  if (json?.schema) {
    checkSchema(json.schema, `${pointer}/responses/200/content/application~1json/schema`);
    return { kind: "json" as ResponseBodyKind, schema: json.schema };
  }
  const binary = Object.entries(content).find(([type]) => binaryResponseTypes.has(type));
  if (binary) return { kind: "binary", schema: binary[1].schema ?? {} };
  throw new Error(
    `${pointer}/responses/200: unsupported content types ${Object.keys(content).join(", ")}`,
  );
}
