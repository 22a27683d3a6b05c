import { describe, expect, it } from "vitest";
import { parseMultipart } from "./parse-multipart.js";

describe("parseMultipart", () => {
  it("keeps binary content byte for byte, including CRLF and delimiter-like bytes", () => {
    const bytes = Buffer.from([0, 13, 10, 45, 45, 255, 1, 13, 10]);
    const body = Buffer.concat([
      Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n'),
      Buffer.from("Content-Type: application/x-test\r\n\r\n"),
      bytes,
      Buffer.from(
        '\r\n--XyZ\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--XyZ--\r\n',
      ),
    ]);
    const parts = parseMultipart(body, "multipart/form-data; boundary=XyZ");
    expect(parts.map((part) => [part.name, part.filename, part.contentType])).toEqual([
      ["file", "a.bin", "application/x-test"],
      ["note", undefined, "application/octet-stream"],
    ]);
    expect(parts[0]?.data.equals(bytes)).toBe(true);
    expect(parts[1]?.data.toString()).toBe("hello");
  });

  it("finds nothing without a boundary", () => {
    expect(parseMultipart(Buffer.from("x"), "multipart/form-data")).toEqual([]);
  });
});
