import type { BundleDocument } from "../load/load-bundle.js";
import { buildOperation } from "./build-operation.js";
import { buildRecordTypes } from "./build-record-types.js";
import { buildSchemas } from "./build-schemas.js";
import { httpMethodOrder, httpMethods } from "./http-methods.js";
import type { Ir, OperationIr } from "./ir.js";
import { toPascalCase } from "./to-pascal-case.js";

/** Builds the generator's IR from a bundled spec: operations sorted by path and method, names resolved, schemas assigned to areas. */
export function buildIr(document: BundleDocument): Ir {
  const areaOfTag = buildAreaOfTag(document);
  const types = buildRecordTypes(document.components?.schemas ?? {});
  const operations = Object.keys(document.paths)
    .sort(compareText)
    .flatMap((path) => {
      const item = document.paths[path] ?? {};
      return httpMethodOrder.flatMap((method) => {
        const raw = item[httpMethods[method].key];
        return raw
          ? [
              buildOperation(
                document,
                path,
                method,
                raw as Record<string, unknown>,
                areaOfTag,
                types,
              ),
            ]
          : [];
      });
    });
  const linked = linkPreviewTwins(operations);
  checkUniqueMethods(linked);
  return {
    specTitle: document.info.title,
    specVersion: document.info.version,
    operations: linked,
    schemas: buildSchemas(document, linked, types.parametersOf),
    recordSchemas: types.recordSchemas,
  };
}

/** Compares strings by code unit, so order never depends on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildAreaOfTag(document: BundleDocument): Map<string, string> {
  const groups =
    (document as { "x-tagGroups"?: { name: string; tags: string[] }[] })["x-tagGroups"] ?? [];
  const areaOfTag = new Map<string, string>();
  for (const group of groups) {
    const area = toPascalCase(group.name).replace(/^./, (first) => first.toLowerCase());
    for (const tag of group.tags) {
      if (areaOfTag.has(tag)) throw new Error(`#/x-tagGroups: tag ${tag} is listed in two groups`);
      areaOfTag.set(tag, area);
    }
  }
  return areaOfTag;
}

// A preview twin shares its live twin's client method and types; its parameters must therefore match.
function linkPreviewTwins(operations: OperationIr[]): OperationIr[] {
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
  return operations.map((operation) => {
    if (!operation.previewOf) return operation;
    const live = byId.get(operation.previewOf);
    if (!live)
      throw new Error(
        `${operation.pointer}: x-kintone-preview-of names unknown operation ${operation.previewOf}`,
      );
    if (
      live.group !== operation.group ||
      live.methodName !== operation.methodName ||
      live.method !== operation.method
    ) {
      throw new Error(
        `${operation.pointer}: a preview twin must have the same HTTP method and x-kintone-method as ${live.operationId}`,
      );
    }
    const names = (params: OperationIr["parameters"]) =>
      params.map((param) => `${param.in}:${param.name}`).join(",");
    if (names(live.parameters) !== names(operation.parameters)) {
      throw new Error(
        `${operation.pointer}: parameters differ from its live twin ${live.operationId}`,
      );
    }
    return {
      ...operation,
      requestTypeName: live.requestTypeName,
      responseTypeName: live.responseTypeName,
      requestTypeParameters: live.requestTypeParameters,
      responseTypeParameters: live.responseTypeParameters,
    };
  });
}

function checkUniqueMethods(operations: OperationIr[]): void {
  const seen = new Map<string, OperationIr>();
  for (const operation of operations) {
    if (operation.previewOf) continue;
    const name = operation.group
      ? `${operation.group}.${operation.methodName}`
      : operation.methodName;
    const other = seen.get(name);
    if (other)
      throw new Error(`duplicate client method ${name}: ${other.pointer} and ${operation.pointer}`);
    seen.set(name, operation);
  }
}
