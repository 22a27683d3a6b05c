import type { AppModel } from "../build/app-model.js";
import type { GeneratorInfo } from "../generator-info.js";
import type { AppDefinitions } from "../load/app-definitions.js";
import { snapshotFileName } from "../load/read-snapshot.js";
import { emitIndex } from "./emit-index.js";
import { emitPackageJson } from "./emit-package-json.js";
import { emitSnapshot } from "./emit-snapshot.js";
import type { FileModel } from "./source-model.js";

/** The three files of a generated package: package.json, src/index.ts and the fields.json snapshot. */
export function emitPackage(
  definitions: AppDefinitions,
  model: AppModel,
  name: string,
  info: GeneratorInfo,
): FileModel[] {
  return [
    { path: "package.json", kind: "json", value: emitPackageJson(model, name, info) },
    { path: "src/index.ts", kind: "typescript", source: emitIndex(model, info.generator) },
    { path: snapshotFileName, kind: "json", value: emitSnapshot(definitions) },
  ];
}
