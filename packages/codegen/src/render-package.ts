import { buildModel } from "./build/build-model.js";
import { emitPackage } from "./emit/emit-package.js";
import type { GeneratorInfo } from "./generator-info.js";
import type { AppDefinitions } from "./load/app-definitions.js";
import { type PrintedFile, printFiles } from "./print/print-files.js";

/** Runs build -> emit -> print on field definitions: the files of the package, nothing written (pure). */
export function renderPackage(
  definitions: AppDefinitions,
  name: string,
  info: GeneratorInfo,
): PrintedFile[] {
  return printFiles(emitPackage(definitions, buildModel(definitions), name, info));
}
