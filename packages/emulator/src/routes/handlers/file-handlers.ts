import { appRightsOf } from "../../auth/authorize-app.js";
import { kintoneError, validationError } from "../../errors/error-catalog.js";
import { FileReply, type RequestContext } from "../route.js";

/** POST file.json: stores an uploaded file until a record attaches it. */
export function uploadFile(ctx: RequestContext): unknown {
  const upload = ctx.upload;
  if (upload?.name !== "file") throw validationError({ file: ["Required field."] });
  const fileKey = `${ctx.runtime.clock().getTime().toString(36)}-${ctx.db.next("file")}`;
  ctx.db.putFile({
    fileKey,
    name: upload.filename ?? "file",
    contentType: upload.contentType,
    size: String(upload.data.length),
    data: upload.data.toString("base64"),
    app: null,
  });
  return { fileKey };
}

/** GET file.json: the bytes of a file with the content type it was uploaded with. */
export function downloadFile(ctx: RequestContext): unknown {
  const fileKey = String(ctx.params.fileKey ?? "");
  if (fileKey === "") throw validationError({ fileKey: ["Required field."] });
  const file = ctx.db.file(fileKey);
  if (!file) throw kintoneError("fileNotFound", fileKey);
  if (file.app !== null) {
    const app = ctx.db.app(file.app);
    if (!app || !appRightsOf(ctx.principal, app)?.view) {
      throw kintoneError(ctx.principal.kind === "token" ? "apiTokenNoRight" : "noPermission");
    }
  }
  return new FileReply(file.contentType, file.name, Buffer.from(file.data, "base64"));
}
