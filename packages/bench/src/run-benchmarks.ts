// Runs every benchmark of issue 6 in one process on this machine and prints one table of figures.
import { describeMachine } from "./describe-machine.js";
import type { Figure } from "./figure.js";
import { generateOpenapiTypes } from "./generate-openapi-types.js";
import { measureBundleSize } from "./measure-bundle-size.js";
import { measureGenerationTime } from "./measure-generation-time.js";
import { measureRequestOverhead } from "./measure-request-overhead.js";
import { measureTypeCost } from "./measure-type-cost.js";
import { printTable } from "./print-table.js";

const benchmarks: [name: string, measure: () => Promise<Figure[]>][] = [
  ["type cost", measureTypeCost],
  ["bundle size", measureBundleSize],
  ["request overhead", measureRequestOverhead],
  ["generation time", measureGenerationTime],
];

try {
  const machine = describeMachine();
  process.stderr.write("generating openapi-typescript types for the openapi-fetch fixtures\n");
  await generateOpenapiTypes();
  const figures: Figure[] = [];
  for (const [name, measure] of benchmarks) {
    process.stderr.write(`measuring ${name}\n`);
    figures.push(...(await measure()));
  }
  const targets = figures.flatMap((figure) => (figure.target ? [figure.target] : []));
  console.log(machine);
  console.log();
  console.log(printTable(figures));
  console.log();
  console.log(`${targets.filter((target) => target.met).length} of ${targets.length} targets met`);
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
