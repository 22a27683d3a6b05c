import { evaluateAcl } from "./handlers/acl-handlers.js";
import { addPreviewApp, getApp, getApps } from "./handlers/app-handlers.js";
import { bulkRequest } from "./handlers/bulk-request-handler.js";
import { deleteComment, getComments, postComment } from "./handlers/comment-handlers.js";
import { createCursor, deleteCursor, getCursor } from "./handlers/cursor-handlers.js";
import { deploy, deployStatus } from "./handlers/deploy-handlers.js";
import { downloadFile, uploadFile } from "./handlers/file-handlers.js";
import {
  addFormFields,
  deleteFormFields,
  getFormFields,
  updateFormFields,
} from "./handlers/form-field-handlers.js";
import {
  getLayout,
  getProcess,
  getViews,
  putLayout,
  putProcess,
  putViews,
} from "./handlers/layout-view-handlers.js";
import { putAssignees, putStatus, putStatuses } from "./handlers/process-handlers.js";
import { getRecord, postRecord, putRecord } from "./handlers/record-handlers.js";
import { deleteRecords, getRecords, postRecords, putRecords } from "./handlers/records-handlers.js";
import type { RequestContext, Route } from "./route.js";

const api = (handler: (ctx: RequestContext) => unknown): Route => ({ handler, bulk: false });
const bulkable = (handler: (ctx: RequestContext) => unknown): Route => ({ handler, bulk: true });

/** Every API the emulator serves, keyed by `METHOD path` without the /k/v1 or guest prefix. */
export const routes: Readonly<Record<string, Route>> = {
  "GET /app.json": api(getApp),
  "GET /apps.json": api(getApps),
  "POST /preview/app.json": api(addPreviewApp),
  "GET /app/form/fields.json": api(getFormFields(false)),
  "GET /preview/app/form/fields.json": api(getFormFields(true)),
  "POST /preview/app/form/fields.json": api(addFormFields),
  "PUT /preview/app/form/fields.json": api(updateFormFields),
  "DELETE /preview/app/form/fields.json": api(deleteFormFields),
  "GET /app/form/layout.json": api(getLayout(false)),
  "GET /preview/app/form/layout.json": api(getLayout(true)),
  "PUT /preview/app/form/layout.json": api(putLayout),
  "GET /app/views.json": api(getViews(false)),
  "GET /preview/app/views.json": api(getViews(true)),
  "PUT /preview/app/views.json": api(putViews),
  "GET /app/status.json": api(getProcess(false)),
  "GET /preview/app/status.json": api(getProcess(true)),
  "PUT /preview/app/status.json": api(putProcess),
  "POST /preview/app/deploy.json": api(deploy),
  "GET /preview/app/deploy.json": api(deployStatus),
  "GET /record.json": api(getRecord),
  "POST /record.json": bulkable(postRecord),
  "PUT /record.json": bulkable(putRecord),
  "GET /records.json": api(getRecords),
  "POST /records.json": bulkable(postRecords),
  "PUT /records.json": bulkable(putRecords),
  "DELETE /records.json": bulkable(deleteRecords),
  "POST /records/cursor.json": api(createCursor),
  "GET /records/cursor.json": api(getCursor),
  "DELETE /records/cursor.json": api(deleteCursor),
  "GET /record/comments.json": api(getComments),
  "POST /record/comment.json": api(postComment),
  "DELETE /record/comment.json": api(deleteComment),
  "PUT /record/status.json": bulkable(putStatus),
  "PUT /records/status.json": bulkable(putStatuses),
  "PUT /record/assignees.json": bulkable(putAssignees),
  "GET /records/acl/evaluate.json": api(evaluateAcl),
  "POST /file.json": api(uploadFile),
  "GET /file.json": api(downloadFile),
  "POST /bulkRequest.json": api(bulkRequest),
};
