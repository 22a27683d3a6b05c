import { fileURLToPath } from "node:url";
import { generate } from "./generate.js";

const at = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

try {
  const started = performance.now();
  const report = await generate({
    bundle: at("../../../spec/bundled/openapi.yaml"),
    typesDir: at("../../types/src/generated"),
    clientDir: at("../../client/src/generated"),
  });
  for (const [name, { written, removed, unchanged }] of Object.entries(report)) {
    console.log(
      `${name}: ${written.length} written, ${removed.length} removed, ${unchanged} unchanged`,
    );
  }
  console.log(`generated in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`generate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
