import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/kintone-codegen.js", import.meta.url));

/** What one run of the built CLI printed and how it exited. */
export type CliRun = { code: number | null; stdout: string[]; stderr: string[] };

/** Runs the built `kintone-codegen` with only the given environment (plus PATH). */
export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; nodeOptions?: string[] },
): Promise<CliRun> {
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), bin, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines = (text: string) => text.split("\n").filter((line) => line !== "");
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout: lines(stdout), stderr: lines(stderr) }));
  });
}
