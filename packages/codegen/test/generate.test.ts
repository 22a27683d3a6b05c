import { copyFile, mkdir, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type KintoneClient } from "@kintone-typed/client";
import { type Emulator, startEmulator } from "@kintone-typed/emulator";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generatePackage } from "../src/generate-package.js";
import { fields } from "./__fixtures__/expected/reserved/src/index.js";
import { fixtureSeed, fixtureTokens } from "./fixture-seed.js";

const expectedDir = fileURLToPath(new URL("./__fixtures__/expected/", import.meta.url));
const inputDir = fileURLToPath(new URL("./__fixtures__/input/", import.meta.url));
const files = ["package.json", "src/index.ts", "fields.json"];

let emulator: Emulator;
let workDir: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: fixtureSeed });
  workDir = await mkdtemp(path.join(tmpdir(), "codegen-generate-"));
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

function client(token: string, guestSpaceId?: number): KintoneClient {
  return createClient({
    baseUrl: emulator.baseUrl,
    auth: { type: "apiToken", token },
    ...(guestSpaceId === undefined ? {} : { guestSpaceId }),
  });
}

async function read(dir: string): Promise<string[]> {
  return Promise.all(files.map((file) => readFile(path.join(dir, file), "utf8")));
}

const fixtureApps = [
  { name: "everything", app: 1, token: fixtureTokens.everything },
  { name: "customers", app: 2, token: fixtureTokens.customers },
  { name: "guest", app: 3, token: fixtureTokens.guest, guestSpaceId: 10 },
];

describe("generatePackage against the emulator", () => {
  it.each(fixtureApps)(
    "generates $name as committed in __fixtures__/expected",
    async ({ name, app, token, guestSpaceId }) => {
      const outDir = path.join(workDir, "live", name);
      const result = await generatePackage({
        outDir,
        name,
        source: { client: client(token, guestSpaceId), app },
      });
      expect(result.written).toEqual(files);
      for (const [index, text] of (await read(outDir)).entries())
        await expect(text).toMatchFileSnapshot(path.join(expectedDir, name, files[index] ?? ""));
    },
  );

  it("writes nothing when generating again, and the output is byte-identical", async () => {
    const outDir = path.join(workDir, "twice");
    const source = { client: client(fixtureTokens.everything), app: 1 };
    await generatePackage({ outDir, name: "everything", source });
    const first = await read(outDir);
    const again = await generatePackage({ outDir, source });
    expect(again).toMatchObject({ written: [], unchanged: files, name: "everything" });
    expect(await read(outDir)).toEqual(first);
  });

  it("regenerates the same files offline from fields.json", async () => {
    const live = path.join(workDir, "offline-live");
    await generatePackage({
      outDir: live,
      name: "everything",
      source: { client: client(fixtureTokens.everything), app: 1 },
    });
    const offline = path.join(workDir, "offline");
    await mkdir(offline, { recursive: true });
    await copyFile(path.join(live, "fields.json"), path.join(offline, "fields.json"));
    const result = await generatePackage({
      outDir: offline,
      name: "everything",
      source: { snapshot: true },
    });
    expect(result.written).toEqual(["package.json", "src/index.ts"]);
    expect(await read(offline)).toEqual(await read(live));
  });

  it("reads the pre-live fields with preview, the live ones without", async () => {
    const admin = client(fixtureTokens.everything);
    await admin.app.addFormFields({
      app: 1,
      properties: {
        draftOnly: { type: "SINGLE_LINE_TEXT", code: "draftOnly", label: "Draft only" },
      },
    });
    const live = await generatePackage({
      outDir: path.join(workDir, "preview-live"),
      source: { client: admin, app: 1 },
    });
    const preview = await generatePackage({
      outDir: path.join(workDir, "preview"),
      source: { client: admin, app: 1, preview: true },
    });
    expect(Object.keys(live.definitions.properties)).not.toContain("draftOnly");
    expect(preview.definitions).toMatchObject({ preview: true, revision: "2" });
    const index = await readFile(path.join(workDir, "preview", "src/index.ts"), "utf8");
    expect(index).toContain('"draftOnly": SingleLineTextFieldValue;');
    expect(index).toContain("from the pre-live field definitions of app 1");
  });

  it("fails with kintone's error for an app outside the guest space path", async () => {
    await expect(
      generatePackage({
        outDir: path.join(workDir, "wrong-space"),
        source: { client: client(fixtureTokens.guest), app: 3 },
      }),
    ).rejects.toMatchObject({ code: "GAIA_IL23" });
  });
});

describe("generatePackage from a snapshot with reserved field codes", () => {
  it("generates the reserved fixture as committed", async () => {
    const outDir = path.join(workDir, "reserved");
    await mkdir(outDir, { recursive: true });
    await copyFile(path.join(inputDir, "reserved/fields.json"), path.join(outDir, "fields.json"));
    await generatePackage({ outDir, name: "reserved", source: { snapshot: true } });
    for (const [index, text] of (await read(outDir)).entries())
      await expect(text).toMatchFileSnapshot(
        path.join(expectedDir, "reserved", files[index] ?? ""),
      );
  });

  it("keeps `fields` free of prototype surprises", () => {
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect(Object.isFrozen(fields)).toBe(true);
    expect(Object.keys(fields)).toEqual([
      "$ドル・記号",
      "__proto__",
      "class",
      "constructor",
      "hasOwnProperty",
      "toString",
    ]);
    expect(Object.getOwnPropertyDescriptor(fields, "__proto__")?.value).toEqual({
      code: "__proto__",
      type: "SINGLE_LINE_TEXT",
      label: "__proto__",
      required: true,
    });
    expect(fields.toString.options).toEqual(["valueOf", "hasOwnProperty"]);
    expect("valueOf" in fields).toBe(false);
  });
});
