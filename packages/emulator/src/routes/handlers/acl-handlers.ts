import { recordRightsEvaluator } from "../../auth/record-rights.js";
import { kintoneError, validationError } from "../../errors/error-catalog.js";
import { fieldTypes } from "../../fields/field-types.js";
import { appFor } from "../app-for.js";
import { positiveId, stringArray } from "../params.js";
import type { RequestContext } from "../route.js";

/** GET records/acl/evaluate.json: what the requester may do with up to 100 records and their fields. */
export function evaluateAcl(ctx: RequestContext): unknown {
  const app = appFor(ctx, "view");
  const ids = stringArray(ctx.params, "ids") ?? [];
  if (ids.length === 0) throw validationError({ ids: ["Required field."] });
  if (ids.length > 100) throw validationError({ ids: ["must be less than or equal to 100"] });
  const rightsOf = recordRightsEvaluator(ctx.principal, app, ctx.now, ctx.timeZone);
  const rights = ids.map((raw, index) => {
    const id = positiveId(raw, `ids[${index}]`);
    const record = ctx.db.record(app.id, id);
    if (!record) throw kintoneError("recordNotFound", id);
    const recordRights = rightsOf(record);
    const fields = Object.fromEntries(
      Object.entries(app.live.fields)
        .filter(([, property]) => fieldTypes[property.type].storage !== "never")
        .map(([code, property]) => [
          code,
          {
            viewable: recordRights.viewable,
            editable: recordRights.editable && fieldTypes[property.type].write === "value",
          },
        ]),
    );
    return { id, record: recordRights, fields };
  });
  return { rights };
}
