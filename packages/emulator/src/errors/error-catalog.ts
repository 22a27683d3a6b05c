import { KintoneError, type ValidationErrors } from "./kintone-error.js";

type Entry = { status: number; code: string; message: (...args: string[]) => string };

// From kintone's docs and recorded responses; "chosen" marks the emulator's own choices.
const catalog = {
  loginRequired: { status: 401, code: "CB_AU01", message: () => "Please login." },
  passwordAuthFailed: {
    status: 401,
    code: "CB_WA01",
    message: () =>
      "Password authentication failed. The value in http header of X-Cybozu-Authorization is not valid.",
  },
  apiTokenInvalid: {
    status: 400,
    code: "GAIA_IA02",
    message: () => "The specified API token does not match the API token generated via an app.",
  },
  apiTokenDuplicate: {
    status: 400,
    code: "GAIA_DA03",
    message: () => "You cannot specify a duplicate API token for the same app.",
  },
  apiTokenNoRight: {
    status: 403,
    code: "GAIA_NO01",
    message: () => "Using this API token, you cannot run the specified API.",
  },
  // chosen: the status and message; CB_IL02 ("illegal request") is the code kintone users report.
  invalidRequestToken: { status: 400, code: "CB_IL02", message: () => "Illegal request." },
  noPermission: { status: 403, code: "CB_NO02", message: () => "No privilege to proceed." },
  invalidJson: { status: 400, code: "CB_IJ01", message: () => "Invalid JSON string." },
  guestSpacePathRequired: {
    status: 400,
    code: "GAIA_IL23",
    message: () =>
      'You need to send a request to the URL: "/k/guest/<Space ID>/v1/..." to execute apps in Guest Spaces.',
  },
  appNotFound: {
    status: 404,
    code: "GAIA_AP01",
    message: (id: string) => `The app (ID: ${id}) not found. The app may have been deleted.`,
  },
  recordNotFound: {
    status: 404,
    code: "GAIA_RE01",
    message: (id: string) => `The specified record (ID: ${id}) is not found.`,
  },
  // chosen: GAIA_RE20 is what kintone clients handle for an updateKey that matches no record.
  updateKeyNotFound: {
    status: 404,
    code: "GAIA_RE20",
    message: (field: string, value: string) =>
      `The record whose ${field} is "${value}" is not found.`,
  },
  commentNotFound: {
    status: 400,
    code: "GAIA_RE02",
    message: () => "The specified comment does not exist. The comment may have been deleted.",
  },
  fileNotFound: {
    status: 404,
    code: "GAIA_BL01",
    message: (key: string) => `The specified file (id: ${key}) not found.`,
  },
  fieldNotFound: {
    status: 400,
    code: "GAIA_FC01",
    message: (code: string) => `The field (code: ${code}) not found.`,
  },
  userNotFound: {
    status: 400,
    code: "GAIA_IL26",
    message: (code: string) => `The specified user (code: ${code}) not found.`,
  },
  organizationNotFound: {
    status: 400,
    code: "GAIA_IL28",
    message: (code: string) => `The specified organization (code: ${code}) not found.`,
  },
  // chosen: the group twin of GAIA_IL26/GAIA_IL28 is not documented publicly.
  groupNotFound: {
    status: 400,
    code: "GAIA_IL27",
    message: (code: string) => `The specified group (code: ${code}) not found.`,
  },
  revisionConflict: {
    status: 409,
    code: "GAIA_CO02",
    message: () =>
      "The revision is not the latest. Someone may update a record after you opened it.",
  },
  lookupNoMatch: {
    status: 400,
    code: "GAIA_LO04",
    message: (field: string, value: string) =>
      `A value ${value} in the field ${field} does not exist in the datasource app for lookup, or you do not have permission to view the app or the field.`,
  },
  cursorNotFound: {
    status: 404,
    code: "GAIA_CN01",
    message: () => "The specified cursor does not exist or has already expired.",
  },
  cursorLimit: {
    status: 429,
    code: "GAIA_TM12",
    message: () =>
      "You cannot create a cursor because the limit of cursors has been reached. Delete unnecessary cursors or try again later.",
  },
  tooManyConcurrentRequests: {
    status: 429,
    code: "GAIA_TO04",
    message: () => "The number of concurrent API requests exceeds the limit.",
  },
  processDisabled: {
    status: 400,
    code: "GAIA_ST02",
    message: () => "Your request failed. The process management feature has been disabled.",
  },
  statusActionInvalid: {
    status: 400,
    code: "GAIA_IL03",
    message: () =>
      "Failed to update the status. The settings or the status itself may have been changed by someone.",
  },
  // chosen: status 400 for GAIA_NT01, whose code and text are known but not its status.
  notAssignee: {
    status: 400,
    code: "GAIA_NT01",
    message: () => "Only assignees can change the status.",
  },
  assigneeRequired: { status: 400, code: "GAIA_SA01", message: () => "Specify the assignee." },
  // chosen: kintone's code for an unknown API path is not documented publicly.
  apiNotFound: {
    status: 404,
    code: "GAIA_NF01",
    message: () => "The specified API does not exist.",
  },
  // chosen: faults injected by tests; kintone has no code for them.
  injectedServerError: {
    status: 500,
    code: "CB_UN01",
    message: () => "An unexpected error has occurred.",
  },
  injectedUnavailable: {
    status: 503,
    code: "CB_UN01",
    message: () => "The service is temporarily unavailable.",
  },
} as const satisfies Record<string, Entry>;

/** Every error the emulator can answer, by name. */
export type ErrorKind = keyof typeof catalog;

/** Builds the kintone error of a kind, with the message's arguments. */
export function kintoneError<K extends ErrorKind>(
  kind: K,
  ...args: Parameters<(typeof catalog)[K]["message"]>
): KintoneError {
  const entry: Entry = catalog[kind];
  return new KintoneError(entry.status, entry.code, entry.message(...args));
}

/** Builds kintone's CB_VA01 validation error from messages keyed by input location. */
export function validationError(errors: Record<string, string[]>): KintoneError {
  const body: ValidationErrors = {};
  for (const [key, messages] of Object.entries(errors)) body[key] = { messages };
  return new KintoneError(400, "CB_VA01", "Missing or invalid input.", body);
}
