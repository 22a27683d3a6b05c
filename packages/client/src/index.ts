export type {
  CallOptions,
  DownloadOptions,
  FileInput,
  PreviewCallOptions,
  UploadParams,
} from "./call-options.js";
export type { Auth, ClientOptions } from "./client-options.js";
export { createClient, type KintoneClient } from "./create-client.js";
export type * from "./generated/methods.gen.js";
export { KintoneRestAPIError } from "./kintone-rest-api-error.js";
export type { AddAllRecordsParams } from "./records/add-all-records.js";
export type { DeleteAllRecordsParams, RecordToDelete } from "./records/delete-all-records.js";
export type { DeployAppAndWaitParams } from "./records/deploy-app-and-wait.js";
export type { AllRecords, GetAllRecordsParams } from "./records/get-all-records.js";
export {
  type AllRecordsReport,
  KintoneAllRecordsError,
} from "./records/kintone-all-records-error.js";
export type {
  AppHelperMethods,
  ClientHelpers,
  RecordHelperMethods,
  WriteAllOptions,
} from "./records/record-helpers.js";
export type { UpdateAllRecordsParams } from "./records/update-all-records.js";
