import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatStaleMessage, listStaleGeneratedFiles } from "./check-generated.js";

async function repoWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "check-generated-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir });
  git("init", "-q");
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  git("add", "-A");
  git("-c", "user.email=ci@example.com", "-c", "user.name=ci", "commit", "-qm", "init");
  return dir;
}

describe("listStaleGeneratedFiles", () => {
  const files = {
    "spec/bundled/openapi.yaml": "a\n",
    "packages/types/src/generated/types.gen.ts": "b\n",
    "packages/types/src/index.ts": "c\n",
  };

  it("reports nothing when generated files equal the commit", async () => {
    expect(listStaleGeneratedFiles(await repoWith(files))).toEqual([]);
  });

  it("reports modified, deleted and new generated files, and ignores hand-written ones", async () => {
    const dir = await repoWith(files);
    await writeFile(path.join(dir, "spec/bundled/openapi.yaml"), "changed\n");
    await writeFile(path.join(dir, "packages/types/src/generated/extra.gen.ts"), "new\n");
    await writeFile(path.join(dir, "packages/types/src/index.ts"), "hand edit\n");
    expect(listStaleGeneratedFiles(dir)).toEqual([
      " M spec/bundled/openapi.yaml",
      "?? packages/types/src/generated/extra.gen.ts",
    ]);
  });
});

describe("formatStaleMessage", () => {
  it("names the files and the command to run", () => {
    const message = formatStaleMessage([" M spec/bundled/openapi.yaml"]);
    expect(message).toContain("spec/bundled/openapi.yaml");
    expect(message).toContain("pnpm generate");
  });
});
