import { civilDayOf } from "./calendar.js";
import type { CompileEnvironment } from "./compile-condition.js";
import { compileExpression } from "./compile-expression.js";
import { compileOrder } from "./compile-order.js";
import { idOrderOf, idRangeOf } from "./id-range.js";
import { parseQuery } from "./parse-query.js";
import type { CompiledQuery, QueryContext } from "./query-context.js";
import { queryError } from "./query-error.js";
import { indexFields } from "./resolve-field.js";

const maxLimit = 500;
const maxOffset = 10_000;

/** Parses and type-checks a query against the app's fields; throws QueryError on invalid input. */
export function compileQuery(query: string, context: QueryContext): CompiledQuery {
  const ast = parseQuery(query);
  if (ast.limit !== undefined && ast.limit > maxLimit) throw queryError("limitTooLarge");
  if (ast.offset !== undefined && ast.offset > maxOffset) throw queryError("offsetTooLarge");
  const fields = indexFields(context.fields);
  const now = context.now.getTime();
  const env: CompileEnvironment = {
    fields,
    timeZone: context.timeZone,
    functions: { now, today: civilDayOf(now, context.timeZone), loginUser: context.loginUser },
  };
  const matches = ast.where ? compileExpression(ast.where, env) : () => true;
  const order = compileOrder(ast.orderBy, fields);
  return {
    matches,
    compare: order.compare,
    sort: order.sort,
    hasOrderBy: ast.orderBy.length > 0,
    idRange: idRangeOf(ast.where),
    idOrder: idOrderOf(ast.orderBy),
    limit: ast.limit,
    offset: ast.offset,
  };
}
