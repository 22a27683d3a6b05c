import { fileURLToPath } from "node:url";
import { benchPaths } from "./bench-paths.js";
import type { Figure } from "./figure.js";
import { median } from "./median.js";
import { runNode } from "./run-node.js";

const runs = 3;
const maxSeconds = 5;
const childEntry = fileURLToPath(new URL("./time-generation.ts", import.meta.url));

type GenerationTiming = {
  importMs: number;
  pipelineMs: number;
  pipelineCpuMs: number;
  processMs: number;
};

/** Runs the whole generator (load -> build -> emit -> print -> write into a temp folder) in fresh processes. */
export async function measureGenerationTime(): Promise<Figure[]> {
  const timings: GenerationTiming[] = [];
  for (let run = 0; run < runs; run++) timings.push(await timeOneGeneration());
  const row = (metric: string, key: keyof GenerationTiming, targeted: boolean): Figure => {
    const value = median(timings.map((timing) => timing[key])) / 1000;
    return {
      benchmark: "generation time",
      subject: "ours",
      metric: `${metric} (median of ${runs})`,
      value: `${value.toFixed(2)} s`,
      target: targeted ? { text: `< ${maxSeconds} s`, met: value < maxSeconds } : undefined,
    };
  };
  return [
    row("pipeline incl. write, cold", "pipelineMs", true),
    row("pipeline CPU time (user + system)", "pipelineCpuMs", false),
    row("import generator + ts-morph", "importMs", false),
    row("whole process (node + tsx + import + pipeline)", "processMs", true),
  ];
}

async function timeOneGeneration(): Promise<GenerationTiming> {
  const started = performance.now();
  const stdout = await runNode(["--import", "tsx", childEntry], benchPaths.packageRoot);
  const processMs = performance.now() - started;
  const reported: unknown = JSON.parse(stdout);
  if (
    typeof reported !== "object" ||
    reported === null ||
    !("importMs" in reported) ||
    !("pipelineMs" in reported) ||
    !("pipelineCpuMs" in reported) ||
    typeof reported.importMs !== "number" ||
    typeof reported.pipelineMs !== "number" ||
    typeof reported.pipelineCpuMs !== "number"
  )
    throw new Error(
      `time-generation printed ${stdout}, expected { importMs, pipelineMs, pipelineCpuMs }`,
    );
  return {
    importMs: reported.importMs,
    pipelineMs: reported.pipelineMs,
    pipelineCpuMs: reported.pipelineCpuMs,
    processMs,
  };
}
