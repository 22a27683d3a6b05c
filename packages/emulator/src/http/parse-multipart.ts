/** One part of a multipart/form-data body. */
export type MultipartPart = {
  name: string;
  filename: string | undefined;
  contentType: string;
  data: Buffer;
};

/** Splits a multipart/form-data body into its parts; binary content is kept byte for byte. */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return [];
  const delimiter = Buffer.from(`--${marker}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === "--") break;
    const headerStart = afterDelimiter + 2;
    const headerEnd = body.indexOf("\r\n\r\n", headerStart);
    const next = body.indexOf(delimiter, headerStart);
    if (headerEnd === -1 || next === -1) break;
    const headers = body.subarray(headerStart, headerEnd).toString("utf8");
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? "";
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name !== undefined) {
      parts.push({
        name,
        filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
        contentType:
          /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? "application/octet-stream",
        // The part's content ends before the CRLF that precedes the next delimiter.
        data: body.subarray(headerEnd + 4, next - 2),
      });
    }
    start = next;
  }
  return parts;
}
