import type { AppState } from "../apps/app-state.js";
import type { StoredRecord } from "../query/index.js";
import { compileKintoneQuery, queryContextFor } from "../records/query-context-for.js";
import { appRightsOf } from "./authorize-app.js";
import { entityMatches } from "./entity-matches.js";
import type { Principal } from "./principal.js";

/** What the principal may do with one record. */
export type RecordRights = { viewable: boolean; editable: boolean; deletable: boolean };

/** Evaluates record permissions for many records of one app with the rules compiled once. */
export function recordRightsEvaluator(
  principal: Principal,
  app: AppState,
  now: Date,
  timeZone: string,
): (record: StoredRecord) => RecordRights {
  const rights = appRightsOf(principal, app);
  const base: RecordRights = {
    viewable: rights?.view ?? false,
    editable: rights?.edit ?? false,
    deletable: rights?.delete ?? false,
  };
  // API tokens take priority over record permissions, as kintone documents.
  if (principal.kind === "token" || app.recordAcl.length === 0) return () => base;
  const { user } = principal;
  const context = queryContextFor(app, principal, now, timeZone);
  const rules = app.recordAcl.map((rule) => ({
    query: compileKintoneQuery(rule.filterCond, context),
    entry: rule.entities.find((candidate) => entityMatches(candidate.entity, user)),
  }));
  return (record) => {
    const rule = rules.find((candidate) => candidate.query.matches(record));
    if (!rule) return base;
    return {
      viewable: base.viewable && (rule.entry?.viewable ?? false),
      editable: base.editable && (rule.entry?.editable ?? false),
      deletable: base.deletable && (rule.entry?.deletable ?? false),
    };
  };
}
