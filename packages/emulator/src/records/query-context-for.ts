import type { AppState } from "../apps/app-state.js";
import { loginUserOf, type Principal } from "../auth/principal.js";
import { KintoneError } from "../errors/kintone-error.js";
import { type CompiledQuery, compileQuery, type QueryContext, QueryError } from "../query/index.js";

/** The context a query over the app's live fields runs in for the principal. */
export function queryContextFor(
  app: AppState,
  principal: Principal,
  now: Date,
  timeZone: string,
): QueryContext {
  return { fields: app.live.fields, now, timeZone, loginUser: loginUserOf(principal) };
}

/** Compiles a query, turning the query module's errors into kintone's 400 answers. */
export function compileKintoneQuery(query: string, context: QueryContext): CompiledQuery {
  try {
    return compileQuery(query, context);
  } catch (error) {
    if (error instanceof QueryError) throw new KintoneError(400, error.code, error.message);
    throw error;
  }
}
