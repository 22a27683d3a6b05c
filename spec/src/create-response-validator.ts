import { createSchemaValidator } from "./create-schema-validator.js";
import { isJsonMediaType } from "./is-json-media-type.js";
import { isJsonObject, type JsonObject } from "./json-object.js";
import { readBundle } from "./read-bundle.js";
import { resolvePointer } from "./resolve-pointer.js";
import { SpecViolationError } from "./spec-violation-error.js";

/** One response of the kintone API, as the validator sees it. */
export type ResponseToCheck = {
  /** The operation's method: GET for a POST sent with `X-HTTP-Method-Override: GET`. */
  method: string;
  /** The URL path without the query string. */
  pathname: string;
  status: number;
  /** The Content-Type header, empty when absent. */
  contentType: string;
  /** The body text; needed only for JSON content types. */
  body?: string;
};

/** Throws a {@link SpecViolationError} unless the spec has the operation and the response fits it. */
export type ResponseValidator = (response: ResponseToCheck) => void;

type Template = { template: string; pattern: RegExp };

/** Creates a response validator for a bundle (default: spec/bundled/openapi.with-guest.yaml, guest paths included). */
export function createResponseValidator(
  bundle: JsonObject = readBundle("openapi.with-guest.yaml"),
): ResponseValidator {
  const validateSchema = createSchemaValidator(bundle);
  const templates = listTemplates(bundle);
  return ({ method, pathname, status, contentType, body }) => {
    const where = `${method} ${pathname} -> ${status}`;
    const template = templates.find((candidate) => candidate.pattern.test(pathname))?.template;
    const operation = template && `#/paths/${escapePointer(template)}/${method.toLowerCase()}`;
    const responses = operation && resolvePointer(bundle, `${operation}/responses`);
    if (!operation || !isJsonObject(responses))
      throw new SpecViolationError(`The spec has no operation ${method} ${pathname}`);
    const key = [String(status), `${String(status).charAt(0)}XX`, "default"].find(
      (candidate) => candidate in responses,
    );
    if (!key) throw new SpecViolationError(`The spec has no response for ${where}`);
    const contentPointer = `${operation}/responses/${key}/content`;
    const content = resolvePointer(bundle, contentPointer);
    const mediaTypes = isJsonObject(content) ? Object.keys(content) : [];
    if (!isJsonMediaType(contentType)) {
      if (mediaTypes.every((type) => type === "application/json"))
        throw new SpecViolationError(
          `The spec declares no ${contentType || "untyped"} body for ${where}`,
        );
      return;
    }
    if (!mediaTypes.includes("application/json"))
      throw new SpecViolationError(`The spec declares no JSON body for ${where}`);
    const problems = validateSchema(
      `${contentPointer}/application~1json/schema`,
      parseJson(body, where),
    );
    if (problems.length > 0)
      throw new SpecViolationError(
        `Response of ${where} does not fit the spec:\n${problems.join("\n")}\n${(body ?? "").slice(0, 2000)}`,
      );
  };
}

// Templates without placeholders first, so `/k/v1/apis.json` wins over a `{name}` pattern that also matches.
function listTemplates(bundle: JsonObject): Template[] {
  const paths = isJsonObject(bundle.paths) ? Object.keys(bundle.paths) : [];
  const placeholders = (template: string) => template.split("{").length;
  return paths
    .sort((a, b) => placeholders(a) - placeholders(b))
    .map((template) => ({
      template,
      pattern: new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`),
    }));
}

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

function parseJson(body: string | undefined, where: string): unknown {
  try {
    return JSON.parse(body ?? "");
  } catch {
    throw new SpecViolationError(
      `The JSON body of ${where} does not parse: ${body?.slice(0, 200)}`,
    );
  }
}
