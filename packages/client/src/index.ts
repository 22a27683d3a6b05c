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
