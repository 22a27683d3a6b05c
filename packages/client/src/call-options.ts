/** Options every call accepts. */
export type CallOptions = {
  /** Aborts the request. */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call, in milliseconds (0 disables it). */
  timeoutMs?: number;
  /** Extra request headers for this call. */
  headers?: Record<string, string>;
  /** Receives the response status and headers, for example to read `x-cybozu-warning`. */
  onResponse?: (response: { status: number; headers: Headers }) => void;
};

/** Options of methods that have a preview (pre-live settings) twin. */
export type PreviewCallOptions = CallOptions & {
  /** Read or write the app's preview settings instead of the live ones. */
  preview?: boolean;
};

/** Options of file downloads. */
export type DownloadOptions = CallOptions;

/** A file to upload: a Blob/File, bytes or a stream with a name, or (in Node) a path on disk. */
export type FileInput =
  | Blob
  | {
      name: string;
      data: Blob | ArrayBuffer | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>;
      contentType?: string;
    }
  | { path: string; name?: string; contentType?: string };

/** Upload parameters: the request with every binary part accepting any {@link FileInput}. */
export type UploadParams<T> = { [K in keyof T]: T[K] extends Blob ? FileInput : T[K] };
