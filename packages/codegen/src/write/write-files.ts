import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrintedFile } from "../print/print-files.js";

/** What a write changed, as paths relative to the package folder. */
export type WriteReport = { written: string[]; unchanged: string[] };

/** Writes the files whose content differs from what is on disk, and leaves the others untouched. */
export async function writeFiles(
  outDir: string,
  files: readonly PrintedFile[],
): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [] };
  for (const file of files) {
    const target = path.join(outDir, file.path);
    const current = await readFile(target, "utf8").catch(() => undefined);
    if (current === file.text) {
      report.unchanged.push(file.path);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text);
    report.written.push(file.path);
  }
  return report;
}
