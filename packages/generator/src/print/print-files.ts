import { IndentationText, NewLineKind, Project, QuoteKind } from "ts-morph";
import type { FileModel } from "../emit/file-model.js";

/** A printed output file. */
export type PrintedFile = { path: string; text: string };

/** Prints file models with ts-morph in an in-memory project, with fixed settings so output is byte-stable. */
export function printFiles(files: readonly FileModel[], header: string): PrintedFile[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
    },
  });
  return files.map((file) => {
    const source = project.createSourceFile(`/out/${file.path}`, { statements: file.statements });
    source.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
    return { path: file.path, text: `${header}\n\n${source.getFullText()}` };
  });
}
