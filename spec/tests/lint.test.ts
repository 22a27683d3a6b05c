import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const specDir = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);

// Runs the package's own lint script on a copy of the spec with one file changed.
async function lintWith(file: string, edit: (text: string) => string) {
  const dir = await mkdtemp(path.join(tmpdir(), "spec-lint-"));
  await cp(specDir, dir, {
    recursive: true,
    filter: (src) => !src.includes("node_modules") && !src.includes("bundled"),
  });
  await writeFile(path.join(dir, file), edit(await readFile(path.join(dir, file), "utf8")));
  const bin = path.join(specDir, "node_modules/.bin/redocly");
  return run(bin, ["lint", "openapi.yaml", "--format=stylish"], {
    cwd: dir,
    env: { ...process.env, REDOCLY_TELEMETRY: "off" },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );
}

const duplicate = [
  "operationId: getApp",
  "x-kintone-method: app.getAppCopy",
  "x-kintone-guest: false",
  "summary: Copy",
  "description: A second operation reusing an id.",
  "tags: [apps]",
  "security: [{ ApiToken: [] }]",
  "responses:",
  "  '200': { description: ok }",
  "  4XX: { $ref: ./components/responses/ClientError.yaml }",
  "  5XX: { $ref: ./components/responses/ServerError.yaml }",
]
  .map((line) => `      ${line}\n`)
  .join("");

describe("spec lint", () => {
  it("passes on the committed spec", async () => {
    const result = await lintWith("openapi.yaml", (text) => text);
    expect(result.output).toContain("valid");
    expect(result.code).toBe(0);
  });

  it("fails with Redocly's message when an operation has no operationId", async () => {
    const result = await lintWith("paths/apps/app.yaml", (text) =>
      text.replace(/ {2}operationId: getApp\n/, ""),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("operation-operationId");
  });

  it("fails when two operations share an operationId", async () => {
    const result = await lintWith("openapi.yaml", (text) =>
      text.replace("paths:\n", `paths:\n  /k/v1/app-copy.json:\n    get:\n${duplicate}`),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("operation-operationId-unique");
  });

  it("fails when an operation does not state its guest-space availability", async () => {
    const result = await lintWith("paths/apps/app.yaml", (text) =>
      text.replace(/ {2}x-kintone-guest: true\n/, ""),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("x-kintone-guest");
  });
});
