import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FileInput } from "@kintone-typed/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auth, type E2e, startE2e } from "./start-e2e.js";

let e2e: E2e;
let folder: string;
beforeAll(async () => {
  e2e = await startE2e();
  folder = await mkdtemp(join(tmpdir(), "kintone-e2e-files-"));
  await writeFile(join(folder, "report.bin"), bytes);
});
beforeEach(async () => {
  e2e.emulator.reset();
  await orders().record.addRecord({ app: 1, record: { title: { value: "With files" } } });
});
afterAll(async () => {
  await e2e.emulator.close();
  await rm(folder, { recursive: true, force: true });
});

const orders = () => e2e.client({ auth: auth.orders });
const bytes = new Uint8Array(randomBytes(200_000));
const type = "application/x-report";

// Uploads the input, attaches it to record 1, and returns the upload key and the file as the record shows it.
async function attach(input: FileInput) {
  const client = orders();
  const { fileKey } = await client.file.uploadFile({ file: input });
  await client.record.updateRecord({
    app: 1,
    id: 1,
    record: { attachments: { value: [{ fileKey }] } },
  });
  const { record } = await client.record.getRecord({ app: 1, id: 1 });
  const [file] = record.attachments?.type === "FILE" ? record.attachments.value : [];
  if (!file) throw new Error("record 1 has no attached file");
  return { uploadKey: fileKey, file };
}
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

describe("files", () => {
  it.each<{ name: string; input: () => FileInput }>([
    { name: "a File (Blob)", input: () => new File([bytes], "report.bin", { type }) },
    { name: "bytes", input: () => ({ name: "report.bin", data: bytes, contentType: type }) },
    {
      name: "a stream",
      input: () => ({ name: "report.bin", data: new Blob([bytes]).stream(), contentType: type }),
    },
    {
      name: "a file path (Node)",
      input: () => ({ path: join(folder, "report.bin"), contentType: type }),
    },
  ])("uploads $name and attaches it under a new key", async ({ input }) => {
    const { uploadKey, file } = await attach(input());
    expect(file).toMatchObject({ name: "report.bin", size: "200000", contentType: type });
    expect(file.fileKey).not.toBe(uploadKey);
  });

  it("downloads the attached file as an ArrayBuffer, byte-identical", async () => {
    const { file } = await attach(new File([bytes], "report.bin", { type }));
    const downloaded = await orders().file.downloadFile({ fileKey: file.fileKey });
    expect(same(new Uint8Array(downloaded), bytes)).toBe(true);
  });

  it("downloads the attached file as a stream, byte-identical", async () => {
    const { file } = await attach({ name: "report.bin", data: bytes, contentType: type });
    const stream = await orders().file.downloadFile({ fileKey: file.fileKey }, { as: "stream" });
    expect(stream).toBeInstanceOf(ReadableStream);
    expect(same(new Uint8Array(await new Response(stream).arrayBuffer()), bytes)).toBe(true);
  });
});
