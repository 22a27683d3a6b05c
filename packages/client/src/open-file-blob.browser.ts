/** Browsers cannot read files by path: pass a Blob, a File or bytes instead. */
export function openFileBlob(path: string, _contentType: string | undefined): Promise<Blob> {
  return Promise.reject(
    new TypeError(
      `Cannot upload ${JSON.stringify(path)} by path in a browser: pass a Blob, a File or { name, data } instead`,
    ),
  );
}
