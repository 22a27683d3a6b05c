import { execFileSync } from "node:child_process";

/** The folders whose committed content must equal what the pipeline regenerates. */
export const generatedPathspecs = ["spec/bundled", ":(glob)packages/**/src/generated/**"] as const;

/** Lists generated files that differ from the commit (modified, deleted or new), as `git status --porcelain` lines. */
export function listStaleGeneratedFiles(repoRoot: string): string[] {
  const output = execFileSync(
    "git",
    ["status", "--porcelain", "--untracked-files=all", "--", ...generatedPathspecs],
    {
      cwd: repoRoot,
      encoding: "utf8",
    },
  );
  return output.split("\n").filter((line) => line.trim() !== "");
}

/** The message shown when regeneration changed committed files. */
export function formatStaleMessage(stale: readonly string[]): string {
  return [
    "Generated files are out of date: regenerating the spec bundles and code changed these files:",
    ...stale.map((line) => `  ${line}`),
    "",
    "Run `pnpm generate` (it bundles the spec, then regenerates the packages) and commit the result.",
    "Never edit generated files by hand: change spec/ or packages/generator instead.",
  ].join("\n");
}
