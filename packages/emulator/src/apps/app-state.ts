import type { FieldProperty } from "../fields/field-property.js";

/** A user as kintone names who did something. */
export type UserRef = { code: string; name: string };

/** Who an assignee rule or permission entry points at. */
export type Entity = { type: string; code: string | null };

/** The assignee rule of a process state. */
export type StateAssignee = {
  type: "ONE" | "ALL" | "ANY";
  entities: { entity: Entity; includeSubs?: boolean }[];
};

/** Process management settings as GET /k/v1/app/status.json returns them. */
export type ProcessSettings = {
  enable: boolean;
  states: Record<string, { name: string; index: string; assignee: StateAssignee }>;
  actions: { name: string; from: string; to: string; filterCond: string; type?: string }[];
};

/** The rights one entry of app permissions grants. */
export type AppRights = {
  view: boolean;
  add: boolean;
  edit: boolean;
  delete: boolean;
  manage: boolean;
};

/** One app permission entry; entries are evaluated top to bottom, the first match decides. */
export type AppPermission = { entity: Entity } & AppRights;

/** One record permission rule: the first rule whose condition matches a record decides. */
export type RecordAclRule = {
  filterCond: string;
  entities: { entity: Entity; viewable: boolean; editable: boolean; deletable: boolean }[];
};

/** The settings that are edited in preview and copied to live on deploy. */
export type AppSettings = {
  revision: number;
  fields: Record<string, FieldProperty>;
  layout: unknown[];
  views: Record<string, Record<string, unknown>>;
  process: ProcessSettings;
};

/** An app with its live and preview settings. */
export type AppState = {
  id: string;
  code: string;
  name: string;
  description: string;
  spaceId: string | null;
  threadId: string | null;
  guestSpaceId: string | null;
  createdAt: string;
  creator: UserRef;
  modifiedAt: string;
  modifier: UserRef;
  live: AppSettings;
  preview: AppSettings;
  permissions: AppPermission[] | null;
  recordAcl: RecordAclRule[];
};

/** A seeded user. */
export type UserState = {
  code: string;
  name: string;
  password: string;
  organizations: string[];
  groups: string[];
  timezone: string;
};

/** A seeded API token and its rights on its app. */
export type TokenState = AppRights & { token: string; app: string };

/** An organization or group. */
export type NamedEntity = { code: string; name: string };

/** A file: uploaded and waiting to be attached, or attached to a record. */
export type FileState = {
  fileKey: string;
  name: string;
  contentType: string;
  size: string;
  data: string;
  app: string | null;
};

/** A comment on a record. */
export type CommentState = {
  id: string;
  record: string;
  text: string;
  createdAt: string;
  creator: UserRef;
  mentions: { code: string; type: string }[];
};
