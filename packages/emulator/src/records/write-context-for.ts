import type { UserRef } from "../apps/app-state.js";
import { kintoneError } from "../errors/error-catalog.js";
import { fieldTypes } from "../fields/field-types.js";
import type { FileValue, WriteContext } from "../fields/write-context.js";
import type { Db } from "../store/db.js";

/** The context field values are normalized in for one write by one actor. */
export function writeContextFor(
  db: Db,
  actor: UserRef,
  now: Date,
  timeZone: string,
  app: string,
): WriteContext {
  const ctx: WriteContext = {
    now,
    timeZone,
    actor,
    inSubtable: false,
    user(code) {
      const user = db.user(code);
      if (!user) throw kintoneError("userNotFound", code);
      return { code: user.code, name: user.name };
    },
    organization(code) {
      const organization = db.organization(code);
      if (!organization) throw kintoneError("organizationNotFound", code);
      return { code: organization.code, name: organization.name };
    },
    group(code) {
      const group = db.group(code);
      if (!group) throw kintoneError("groupNotFound", code);
      return { code: group.code, name: group.name };
    },
    attachFile(fileKey, current) {
      const kept = current.find((file) => file.fileKey === fileKey);
      if (kept) return kept;
      const uploaded = db.file(fileKey);
      if (!uploaded || uploaded.app !== null) throw kintoneError("fileNotFound", fileKey);
      // kintone stores an attached file under a new key; the upload key is not reused.
      const stored = { ...uploaded, fileKey: `${fileKey}-${db.next("file")}`, app };
      db.putFile(stored);
      const value: FileValue = {
        contentType: stored.contentType,
        fileKey: stored.fileKey,
        name: stored.name,
        size: stored.size,
      };
      return value;
    },
    normalizeCell(property, raw, current) {
      return fieldTypes[property.type].normalize(
        raw,
        property,
        { ...ctx, inSubtable: true },
        current,
      );
    },
    defaultCell(property) {
      return fieldTypes[property.type].defaultValue(property, ctx);
    },
    nextRowId: () => String(db.next("subtableRow")),
  };
  return ctx;
}
