export { compileQuery } from "./compile-query.js";
export type { CompiledQuery, QueryContext, StoredRecord } from "./query-context.js";
export { QueryError, type QueryErrorDetails } from "./query-error.js";
