import { openAsBlob } from "node:fs";

/** Opens a file on disk as a Blob that streams from disk when sent (Node; browsers get open-file-blob.browser). */
export function openFileBlob(path: string, contentType: string | undefined): Promise<Blob> {
  return openAsBlob(path, contentType ? { type: contentType } : undefined);
}
