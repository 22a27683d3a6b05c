import { execFileSync } from "node:child_process";
import { formatStaleMessage, listStaleGeneratedFiles } from "./check-generated.js";

// turbo has just re-run bundle-spec and generate (dependsOn), so any difference is a stale commit.
const repoRoot = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const stale = listStaleGeneratedFiles(repoRoot);
if (stale.length > 0) {
  console.error(formatStaleMessage(stale));
  process.exitCode = 1;
} else {
  console.log("Generated files are up to date.");
}
