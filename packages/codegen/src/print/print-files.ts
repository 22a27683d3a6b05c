import type { FileModel } from "../emit/source-model.js";
import { printSource } from "./print-source.js";

/** A file ready to write: its path inside the package and its text. */
export type PrintedFile = { path: string; text: string };

/** Prints every file model: TypeScript through the printer, JSON with two-space indentation. */
export function printFiles(files: readonly FileModel[]): PrintedFile[] {
  return files.map((file) => ({
    path: file.path,
    text:
      file.kind === "typescript"
        ? printSource(file.source)
        : `${JSON.stringify(file.value, null, 2)}\n`,
  }));
}
