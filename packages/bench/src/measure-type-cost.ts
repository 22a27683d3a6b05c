import { createRequire } from "node:module";
import path from "node:path";
import { benchPaths } from "./bench-paths.js";
import type { Figure } from "./figure.js";
import { median } from "./median.js";
import { readExtendedDiagnostics, type TypeCheckDiagnostics } from "./read-extended-diagnostics.js";
import { runNode } from "./run-node.js";
import { type LibrarySubject, librarySubjects } from "./subjects.js";

const runsPerSubject = 5;
const maxInstantiations = 500;
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** Type-checks each consumer fixture several times (interleaved) and reports median figures with the targets for ours. */
export async function measureTypeCost(): Promise<Figure[]> {
  const samples: { subject: LibrarySubject; diagnostics: TypeCheckDiagnostics }[] = [];
  for (let run = 0; run < runsPerSubject; run++) {
    for (const subject of librarySubjects) {
      samples.push({ subject, diagnostics: await checkFixture(subject) });
    }
  }
  const medians = librarySubjects.map((subject) => ({
    subject,
    ...medianOf(samples.filter((s) => s.subject === subject).map((s) => s.diagnostics)),
  }));
  const openapiFetchCheck = medians.find((m) => m.subject === "openapi-fetch")?.checkSeconds;
  if (openapiFetchCheck === undefined)
    throw new Error("the openapi-fetch fixture was not measured");

  return medians.flatMap(({ subject, checkSeconds, memoryKilobytes, types, instantiations }) => {
    const ours = subject === "ours";
    const row = (metric: string, value: string, target?: Figure["target"]): Figure => ({
      benchmark: "type cost",
      subject,
      metric,
      value,
      target,
    });
    return [
      row(
        `check time (median of ${runsPerSubject})`,
        `${checkSeconds.toFixed(2)} s`,
        ours
          ? {
              text: `<= ${openapiFetchCheck.toFixed(2)} s (openapi-fetch)`,
              met: checkSeconds <= openapiFetchCheck,
            }
          : undefined,
      ),
      row("memory used", `${Math.round(memoryKilobytes / 1024)} MB`),
      row("types", types.toLocaleString("en-US")),
      row(
        "instantiations",
        instantiations.toLocaleString("en-US"),
        ours
          ? { text: `<= ${maxInstantiations}`, met: instantiations <= maxInstantiations }
          : undefined,
      ),
    ];
  });
}

function medianOf(runs: readonly TypeCheckDiagnostics[]): TypeCheckDiagnostics {
  const of = (key: keyof TypeCheckDiagnostics) => median(runs.map((run) => run[key]));
  return {
    checkSeconds: of("checkSeconds"),
    memoryKilobytes: of("memoryKilobytes"),
    types: of("types"),
    instantiations: of("instantiations"),
  };
}

// Each fixture folder has its own tsconfig.json (strict, skipLibCheck, no ambient @types) naming only its consumer.
async function checkFixture(subject: LibrarySubject): Promise<TypeCheckDiagnostics> {
  const project = path.join(benchPaths.fixtures, "type-cost", subject);
  const output = await runNode(
    [tsc, "-p", project, "--extendedDiagnostics"],
    benchPaths.packageRoot,
  );
  return readExtendedDiagnostics(output);
}
