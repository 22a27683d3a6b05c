// Marks dist/cjs as CommonJS and bundles dist/esm for kintone customizations (the "browser" map swaps Node-only modules).
import { writeFile } from "node:fs/promises";
import { build } from "esbuild";

await writeFile(
  new URL("../dist/cjs/package.json", import.meta.url),
  `${JSON.stringify({ type: "commonjs" })}\n`,
);
await build({
  entryPoints: [new URL("../dist/esm/browser.js", import.meta.url).pathname],
  outfile: new URL("../dist/browser/kintone-typed-client.min.js", import.meta.url).pathname,
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  legalComments: "none",
});
