import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { benchPaths } from "./bench-paths.js";
import type { Figure } from "./figure.js";
import { type LibrarySubject, librarySubjects } from "./subjects.js";

const maxOursGzipBytes = 6_000;

/** Bundles each browser entry with esbuild (minified ESM) and reports its size before and after gzip. */
export async function measureBundleSize(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const subject of librarySubjects) {
    const minified = await bundle(subject);
    const gzipped = gzipSync(minified).byteLength;
    figures.push(
      { benchmark: "bundle size", subject, metric: "min", value: bytes(minified.byteLength) },
      {
        benchmark: "bundle size",
        subject,
        metric: "min+gzip",
        value: bytes(gzipped),
        target:
          subject === "ours"
            ? { text: `<= ${bytes(maxOursGzipBytes)}`, met: gzipped <= maxOursGzipBytes }
            : undefined,
      },
    );
  }
  return figures;
}

async function bundle(subject: LibrarySubject): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [path.join(benchPaths.fixtures, "bundle", `${subject}.ts`)],
    absWorkingDir: benchPaths.packageRoot,
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced no output for fixtures/bundle/${subject}.ts`);
  return output.contents;
}

function bytes(count: number): string {
  return `${count.toLocaleString("en-US")} B (${(count / 1000).toFixed(1)} kB)`;
}
