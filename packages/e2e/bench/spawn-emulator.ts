import { execFileSync, spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Seed } from "@kintone-typed/emulator";

/** An emulator running in its own process, so its memory and CPU are its own. */
export type SpawnedEmulator = {
  baseUrl: string;
  /** The process's resident memory in MiB. */
  rssMib(): number;
  /** CPU time the process has used so far in ms (user + system, all threads); NaN off Linux. */
  cpuMs(): number;
  stop(): Promise<void>;
};

/** Starts `kintone-emulator --port 0 --seed <file>` and waits for the base URL on its first line. */
export async function spawnEmulator(seed: Seed): Promise<SpawnedEmulator> {
  const seedFile = join(tmpdir(), `kintone-e2e-bench-seed-${process.pid}.json`);
  writeFileSync(seedFile, JSON.stringify(seed));
  const packageJson = createRequire(import.meta.url).resolve(
    "@kintone-typed/emulator/package.json",
  );
  const bin = join(dirname(packageJson), "bin", "kintone-emulator.js");
  const child = spawn(process.execPath, [bin, "--port", "0", "--seed", seedFile], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) =>
      reject(new Error(`kintone-emulator exited with code ${code} before printing its URL`)),
    );
  });
  return {
    baseUrl,
    rssMib: () =>
      Number(execFileSync("ps", ["-o", "rss=", "-p", String(child.pid)], { encoding: "utf8" })) /
      1024,
    cpuMs: () => processCpuMs(child.pid),
    async stop() {
      child.kill("SIGTERM");
      await exited;
      rmSync(seedFile, { force: true });
    },
  };
}

// utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
function processCpuMs(pid: number | undefined): number {
  if (process.platform !== "linux" || pid === undefined) return Number.NaN;
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
