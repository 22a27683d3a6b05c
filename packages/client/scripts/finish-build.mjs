// Marks dist/cjs as CommonJS and builds the single-file browser bundle for kintone customizations.
import { writeFile } from "node:fs/promises";
import { build } from "esbuild";

await writeFile(
  new URL("../dist/cjs/package.json", import.meta.url),
  `${JSON.stringify({ type: "commonjs" })}\n`,
);
await build({
  entryPoints: [new URL("../src/browser.ts", import.meta.url).pathname],
  outfile: new URL("../dist/browser/kintone-typed-client.min.js", import.meta.url).pathname,
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  external: ["node:*"],
  legalComments: "none",
});
