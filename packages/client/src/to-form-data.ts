import type { FileInput } from "./call-options.js";
import { openFileBlob } from "./open-file-blob.js";

/** Builds a multipart body: binary parts from {@link FileInput}s (a Node path is read lazily), other fields as text. */
export async function toFormData(
  params: Record<string, unknown>,
  requestToken: string | undefined,
): Promise<FormData> {
  const form = new FormData();
  if (requestToken) form.append("__REQUEST_TOKEN__", requestToken);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (isFileInput(value)) {
      const { blob, fileName } = await toBlob(value);
      form.append(name, blob, fileName);
    } else {
      form.append(name, typeof value === "string" ? value : JSON.stringify(value));
    }
  }
  return form;
}

function isFileInput(value: unknown): value is FileInput {
  return (
    value instanceof Blob ||
    (typeof value === "object" && value !== null && ("path" in value || "data" in value))
  );
}

async function toBlob(input: FileInput): Promise<{ blob: Blob; fileName: string }> {
  if (input instanceof Blob)
    return { blob: input, fileName: "name" in input ? String(input.name) : "blob" };
  if ("path" in input) {
    const blob = await openFileBlob(input.path, input.contentType);
    return { blob, fileName: input.name ?? input.path.split(/[\\/]/).pop() ?? "file" };
  }
  const type = input.contentType ? { type: input.contentType } : undefined;
  const data =
    input.data instanceof ReadableStream ? await new Response(input.data).blob() : input.data;
  return {
    blob: data instanceof Blob && !type ? data : new Blob([data], type),
    fileName: input.name,
  };
}
