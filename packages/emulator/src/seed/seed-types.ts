import type { AppPermission, RecordAclRule } from "../apps/app-state.js";
import type { normalizeProcess } from "../apps/normalize-process.js";
import type { FieldProperty } from "../fields/field-property.js";

/** A user who can sign in with password authentication. */
export type SeedUser = {
  code: string;
  name?: string;
  password: string;
  organizations?: string[];
  groups?: string[];
  timezone?: string;
};

/** An API token of one app and the rights it grants there. */
export type SeedApiToken = {
  token: string;
  app: number | string;
  view?: boolean;
  add?: boolean;
  edit?: boolean;
  delete?: boolean;
  manage?: boolean;
};

/** An app: general information, settings (deployed as given) and initial records. */
export type SeedApp = {
  id: number | string;
  name: string;
  code?: string;
  description?: string;
  spaceId?: number | string | null;
  threadId?: number | string | null;
  guestSpaceId?: number | string | null;
  creator?: string;
  fields?: Record<string, FieldProperty>;
  layout?: unknown[];
  views?: Record<string, Record<string, unknown>>;
  processManagement?: Parameters<typeof normalizeProcess>[0];
  permissions?: AppPermission[];
  recordAcl?: RecordAclRule[];
  records?: Record<string, { value: unknown }>[];
};

/** The whole initial state of an emulator. */
export type Seed = {
  users?: SeedUser[];
  organizations?: { code: string; name: string }[];
  groups?: { code: string; name: string }[];
  apiTokens?: SeedApiToken[];
  apps?: SeedApp[];
  /** Time zone for API-token requests (default UTC). */
  defaultTimezone?: string;
};
