// Runs before run-benchmarks: the benchmarks import the workspace packages' built dist/ folders.
import { existsSync } from "node:fs";

const builtFiles = {
  "@kintone-typed/client": ["dist/esm/index.js", "dist/esm/index.d.ts"],
  "@kintone-typed/types": ["dist/index.d.ts"],
};

const missing = Object.entries(builtFiles).flatMap(([name, files]) => {
  const root = new URL("./", import.meta.resolve(`${name}/package.json`));
  return files.filter((file) => !existsSync(new URL(file, root))).map((file) => `${name}/${file}`);
});
if (missing.length > 0) {
  console.error(
    `bench: missing ${missing.join(", ")}; run \`npx -y pnpm@10.34.9 build\` at the repository root first`,
  );
  process.exitCode = 1;
}
