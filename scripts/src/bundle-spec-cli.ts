import path from "node:path";
import { bundleSpec } from "./bundle-spec.js";
import { writeIfChanged } from "./write-if-changed.js";

// Run from the spec package (`pnpm bundle-spec`), so the working directory is spec/.
const specDir = path.resolve(process.argv[2] ?? ".");
try {
  const bundles = await bundleSpec(specDir);
  for (const [name, content] of [
    ["openapi.yaml", bundles.canonical],
    ["openapi.with-guest.yaml", bundles.withGuest],
  ] as const) {
    const file = path.join(specDir, "bundled", name);
    const wrote = await writeIfChanged(file, content);
    console.log(`${wrote ? "wrote" : "unchanged"} ${path.relative(process.cwd(), file)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
