import type { UserRef } from "../../apps/app-state.js";
import { fieldCodeOfType } from "../../apps/system-fields.js";
import { kintoneError, validationError } from "../../errors/error-catalog.js";
import { changeStatus, processTarget, touched } from "../../records/change-status.js";
import { appFor } from "../app-for.js";
import { objectArray } from "../params.js";
import type { RequestContext } from "../route.js";

/** PUT record/status.json: runs a process action on one record. */
export function putStatus(ctx: RequestContext): unknown {
  const app = appFor(ctx, "edit");
  return { revision: changeStatus(ctx, app, ctx.params).revision };
}

/** PUT records/status.json: runs actions on up to 100 records, all or none. */
export function putStatuses(ctx: RequestContext): unknown {
  const app = appFor(ctx, "edit");
  const items = objectArray(
    ctx.params,
    "records",
    100,
    "A maximum of 100 records can be updated at one time.",
  );
  return { records: items.map((item) => changeStatus(ctx, app, item)) };
}

/** PUT record/assignees.json: replaces the assignees of the record's current state. */
export function putAssignees(ctx: RequestContext): unknown {
  const app = appFor(ctx, "edit");
  const record = processTarget(ctx, app, ctx.params);
  const codes = Array.isArray(ctx.params.assignees) ? ctx.params.assignees.map(String) : undefined;
  if (!codes) throw validationError({ assignees: ["Required field."] });
  if (codes.length > 100)
    throw validationError({ assignees: ["must be less than or equal to 100"] });
  const assignees: UserRef[] = codes.map((code) => {
    const user = ctx.db.user(code);
    if (!user) throw kintoneError("userNotFound", code);
    return { code: user.code, name: user.name };
  });
  const statusCode = fieldCodeOfType(app.live.fields, "STATUS") ?? "Status";
  const rule = app.live.process.states[String(record[statusCode]?.value ?? "")]?.assignee;
  if (rule?.type === "ONE" && assignees.length > 1) {
    // chosen: kintone refuses several assignees for a "one assignee" state; its code is not public.
    throw validationError({ assignees: ["Only one assignee can be set for this status."] });
  }
  const revision = String(Number(record.$revision?.value ?? "0") + 1);
  const assigneeCode = fieldCodeOfType(app.live.fields, "STATUS_ASSIGNEE") ?? "Assignee";
  ctx.db.putRecord(app.id, String(record.$id?.value), {
    ...touched(ctx, app, record, revision),
    [assigneeCode]: { type: "STATUS_ASSIGNEE", value: assignees },
  });
  return { revision };
}
