import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { demoTokens } from "./demo-seed.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** Runs the real `kintone-codegen` CLI on kintone-codegen.config.json and returns its progress lines. */
export function runCodegen(baseUrl: string): Promise<string[]> {
  const manifest = createRequire(import.meta.url).resolve("@kintone-typed/codegen/package.json");
  const bin = path.join(path.dirname(manifest), "bin/kintone-codegen.js");
  const child = spawn(process.execPath, [bin], {
    cwd: packageDir,
    env: {
      PATH: process.env.PATH ?? "",
      KINTONE_BASE_URL: baseUrl,
      // The deals app's lookup reads the customers app, so its requests carry both tokens.
      DEALS_API_TOKEN: `${demoTokens.deals},${demoTokens.customers}`,
      CUSTOMERS_API_TOKEN: demoTokens.customers,
    },
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
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve(stdout.split("\n").filter((line) => line !== ""));
      else reject(new Error(`kintone-codegen exited with ${code}: ${stderr.trim()}`));
    });
  });
}
