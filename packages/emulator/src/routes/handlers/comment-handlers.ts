import { recordRightsEvaluator } from "../../auth/record-rights.js";
import { kintoneError, validationError } from "../../errors/error-catalog.js";
import { appFor } from "../app-for.js";
import { optionalInt, requiredId } from "../params.js";
import type { RequestContext } from "../route.js";

function viewableRecord(ctx: RequestContext): { app: string; record: string } {
  const app = appFor(ctx, "view");
  const record = requiredId(ctx.params, "record");
  const stored = ctx.db.record(app.id, record);
  if (!stored) throw kintoneError("recordNotFound", record);
  if (!recordRightsEvaluator(ctx.principal, app, ctx.now, ctx.timeZone)(stored).viewable) {
    throw kintoneError("noPermission");
  }
  return { app: app.id, record };
}

/** GET record/comments.json: up to 10 comments, newest first unless `order` is asc. */
export function getComments(ctx: RequestContext): unknown {
  const { app, record } = viewableRecord(ctx);
  const order = ctx.params.order ?? "desc";
  if (order !== "asc" && order !== "desc")
    throw validationError({ order: ["must be one of the enum value"] });
  const offset = optionalInt(ctx.params, "offset", { min: 0, max: Number.MAX_SAFE_INTEGER }) ?? 0;
  const limit = optionalInt(ctx.params, "limit", { min: 0, max: 10 }) ?? 10;
  const sorted = ctx.db
    .comments(app, record)
    .sort((a, b) => (Number(a.id) - Number(b.id)) * (order === "asc" ? 1 : -1));
  const page = sorted.slice(offset, offset + limit);
  return {
    comments: page.map(({ id, text, createdAt, creator, mentions }) => ({
      id,
      text,
      createdAt,
      creator,
      mentions,
    })),
    older: order === "desc" ? offset + limit < sorted.length : offset > 0,
    newer: order === "desc" ? offset > 0 : offset + limit < sorted.length,
  };
}

/** POST record/comment.json: adds a comment with optional mentions. */
export function postComment(ctx: RequestContext): unknown {
  const { app, record } = viewableRecord(ctx);
  const comment = (ctx.params.comment ?? {}) as { text?: unknown; mentions?: unknown };
  if (typeof comment.text !== "string" || comment.text === "") {
    throw validationError({ "comment.text": ["Required field."] });
  }
  if ([...comment.text].length > 65535) {
    throw validationError({ "comment.text": ["Enter less than 65536 characters."] });
  }
  const mentions = Array.isArray(comment.mentions) ? comment.mentions : [];
  const checked = mentions.map((mention: { code?: unknown; type?: unknown }) => {
    const code = String(mention?.code ?? "");
    const type = String(mention?.type ?? "USER");
    if (type === "USER" && !ctx.db.user(code)) throw kintoneError("userNotFound", code);
    if (type === "ORGANIZATION" && !ctx.db.organization(code))
      throw kintoneError("organizationNotFound", code);
    if (type === "GROUP" && !ctx.db.group(code)) throw kintoneError("groupNotFound", code);
    return { code, type };
  });
  const id = String(ctx.db.next(`comment/${app}/${record}`));
  ctx.db.putComment(app, {
    id,
    record,
    text: comment.text,
    createdAt: ctx.now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    creator: ctx.principal.actor,
    mentions: checked,
  });
  return { id };
}

/** DELETE record/comment.json: deletes a comment its author wrote. */
export function deleteComment(ctx: RequestContext): unknown {
  const { app, record } = viewableRecord(ctx);
  const id = requiredId(ctx.params, "comment");
  const comment = ctx.db.comment(app, record, id);
  if (!comment) throw kintoneError("commentNotFound");
  if (comment.creator.code !== ctx.principal.actor.code) throw kintoneError("noPermission");
  ctx.db.deleteComment(app, record, id);
  return {};
}
