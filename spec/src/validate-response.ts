// The package entry `@kintone-typed/spec/validate-response`: checks kintone API responses against the spec.
export {
  createResponseValidator,
  type ResponseToCheck,
  type ResponseValidator,
} from "./create-response-validator.js";
export { createSchemaValidator, type SchemaValidator } from "./create-schema-validator.js";
export { createValidatingFetch, type ValidatingFetchOptions } from "./create-validating-fetch.js";
export type { JsonObject } from "./json-object.js";
export { type BundleName, readBundle } from "./read-bundle.js";
export { SpecViolationError } from "./spec-violation-error.js";
