// Child-process entry of measure-generation-time: one cold generation into a temporary folder, timed in stages.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchPaths } from "./bench-paths.js";

const started = performance.now();
const { generate } = await import("@kintone-typed/generator/src/generate.js");
const imported = performance.now();
const outDir = await mkdtemp(path.join(tmpdir(), "kintone-typed-bench-"));
const cpuBefore = process.cpuUsage();
try {
  await generate({
    bundle: benchPaths.bundledSpec,
    typesDir: path.join(outDir, "types"),
    clientDir: path.join(outDir, "client"),
  });
  const generated = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(
    JSON.stringify({
      importMs: imported - started,
      pipelineMs: generated - imported,
      pipelineCpuMs: (cpu.user + cpu.system) / 1000,
    }),
  );
} finally {
  await rm(outDir, { recursive: true, force: true });
}
