export type { AppModel, FieldModel, OptionShape, ValueModel } from "./build/app-model.js";
export { buildModel } from "./build/build-model.js";
export { type FieldKind, type FieldType, fieldKinds } from "./build/field-kinds.js";
export { describeChange, diffDefinitions, type FieldChange } from "./check/diff-definitions.js";
export { type AppConfig, type CodegenConfig, defineConfig } from "./config.js";
export {
  type CheckOptions,
  checkPackage,
  type DefinitionSource,
  type GenerateOptions,
  type GenerateResult,
  generatePackage,
} from "./generate-package.js";
export { type GeneratorInfo, readGeneratorInfo } from "./generator-info.js";
export type { AppDefinitions, FieldDefinition } from "./load/app-definitions.js";
export { loadDefinitions } from "./load/load-definitions.js";
export { readSnapshot } from "./load/read-snapshot.js";
export type { PrintedFile } from "./print/print-files.js";
export { renderPackage } from "./render-package.js";
