import { StructureKind } from "ts-morph";
import type { Ir } from "../build/ir.js";
import { buildImports } from "./build-imports.js";
import { emitOperationTypes } from "./emit-operation-types.js";
import { type EmittedDeclaration, emitSchemaDeclaration } from "./emit-schema-declaration.js";
import type { FileModel } from "./file-model.js";
import { propertyKey } from "./schema-to-type.js";
import { buildTypeScope } from "./type-scope.js";

/** Emits @kintone-typed/types: one file per area with its schemas and operation types, the operation map, and an index. */
export function emitTypesPackage(ir: Ir): FileModel[] {
  const byArea = new Map<string, EmittedDeclaration[]>();
  const add = (area: string, declaration: EmittedDeclaration) => {
    byArea.set(area, [...(byArea.get(area) ?? []), declaration]);
  };
  const scope = buildTypeScope(ir);
  for (const schema of ir.schemas) add(schema.area, emitSchemaDeclaration(schema, scope));
  for (const operation of ir.operations) {
    for (const declaration of emitOperationTypes(operation, scope)) {
      add(operation.area, declaration);
    }
  }
  const declaredIn = new Map<string, string>();
  for (const [area, declarations] of byArea) {
    for (const { structure } of declarations) {
      if (declaredIn.has(structure.name))
        throw new Error(
          `type ${structure.name} is declared twice (${area} and ${declaredIn.get(structure.name)})`,
        );
      declaredIn.set(structure.name, fileOf(area));
    }
  }
  const areaFiles = [...byArea.keys()].sort().map((area): FileModel => {
    const declarations = (byArea.get(area) ?? []).sort((a, b) =>
      a.structure.name < b.structure.name ? -1 : 1,
    );
    const used = declarations.flatMap(({ refs }) => [...refs]);
    return {
      path: fileOf(area),
      statements: [
        ...buildImports(used, declaredIn, fileOf(area)),
        ...declarations.map(({ structure }) => structure),
      ],
    };
  });
  return [...areaFiles, emitOperationsMap(ir, declaredIn), emitIndex(areaFiles)];
}

function fileOf(area: string): string {
  return `${area}.gen.ts`;
}

function emitOperationsMap(ir: Ir, declaredIn: ReadonlyMap<string, string>): FileModel {
  const used = new Set<string>();
  const properties = ir.operations.map((operation) => {
    used.add(operation.requestTypeName);
    const response =
      operation.response.kind === "json" ? operation.responseTypeName : "ArrayBuffer";
    if (operation.response.kind === "json") used.add(response);
    return {
      kind: StructureKind.PropertySignature as const,
      name: propertyKey(`${operation.method} ${operation.path}`),
      type: `{ request: ${operation.requestTypeName}; response: ${response} }`,
      docs: [operation.summary],
    };
  });
  const path = "operations.gen.ts";
  return {
    path,
    statements: [
      ...buildImports(used, declaredIn, path),
      {
        kind: StructureKind.Interface,
        name: "Operations",
        isExported: true,
        docs: [
          "Every operation of the kintone REST API by `METHOD /path`, with its request and response types.",
        ],
        properties,
      },
    ],
  };
}

function emitIndex(files: readonly FileModel[]): FileModel {
  return {
    path: "index.gen.ts",
    statements: [...files.map((file) => file.path), "operations.gen.ts"].map((path) => ({
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: `./${path.replace(/\.ts$/, ".js")}`,
    })),
  };
}
