import type { StatementStructures } from "ts-morph";

/** One output file before printing: its path relative to the output folder and its statements. */
export type FileModel = {
  path: string;
  statements: (StatementStructures | string)[];
};
