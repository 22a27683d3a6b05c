// Entry of the single-file browser bundle: exposes the client as the global `KintoneTyped`.
import { createClient } from "./create-client.js";
import { KintoneRestAPIError } from "./kintone-rest-api-error.js";

(globalThis as { KintoneTyped?: unknown }).KintoneTyped = { createClient, KintoneRestAPIError };
