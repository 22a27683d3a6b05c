import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrintedFile } from "../print/print-files.js";

/** What a write changed, as paths relative to the output folder. */
export type WriteReport = { written: string[]; removed: string[]; unchanged: number };

const generatedSuffix = ".gen.ts";

/** Writes files whose content changed and removes stale `*.gen.ts` files, in this output folder only. */
export async function writeFiles(
  outDir: string,
  files: readonly PrintedFile[],
): Promise<WriteReport> {
  await mkdir(outDir, { recursive: true });
  const report: WriteReport = { written: [], removed: [], unchanged: 0 };
  for (const file of files) {
    const target = path.join(outDir, file.path);
    const current = await readFile(target, "utf8").catch(() => undefined);
    if (current === file.text) {
      report.unchanged++;
      continue;
    }
    await writeFile(target, file.text);
    report.written.push(file.path);
  }
  const wanted = new Set(files.map((file) => file.path));
  for (const name of (await readdir(outDir)).sort()) {
    if (name.endsWith(generatedSuffix) && !wanted.has(name)) {
      await rm(path.join(outDir, name));
      report.removed.push(name);
    }
  }
  return report;
}
