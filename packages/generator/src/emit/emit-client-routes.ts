import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { Ir, OperationIr, RequestBodyKind, ResponseBodyKind } from "../build/ir.js";
import type { FileModel } from "./file-model.js";

const livePrefix = "/k/v1/";

// Route flags, one bit each, mirrored by packages/client/src/route.ts.
const guestFlag = 1;
const overrideFlag = 2;
const requestFlags = { json: 0, multipart: 4 } satisfies Record<RequestBodyKind, number>;
const responseFlags = { json: 0, binary: 8 } satisfies Record<ResponseBodyKind, number>;

/** Emits the client's route table: one compact tuple per client method, data only. */
export function emitClientRoutes(ir: Ir): FileModel {
  const previewOf = new Map(
    ir.operations.filter((op) => op.previewOf).map((op) => [op.previewOf as string, op]),
  );
  const rows = ir.operations
    .filter((operation) => !operation.previewOf)
    .map((operation) => printRoute(operation, previewOf.get(operation.operationId)));
  return {
    path: "routes.gen.ts",
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        isTypeOnly: true,
        moduleSpecifier: "../route.js",
        namedImports: ["Route"],
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [
          "Every client method: [group, method, HTTP method, path, flags, preview path?] (see ../route.ts).",
        ],
        declarations: [
          { name: "routes", type: "readonly Route[]", initializer: `[\n${rows.join(",\n")}\n]` },
        ],
      },
    ],
  };
}

function printRoute(operation: OperationIr, preview: OperationIr | undefined): string {
  const flags =
    (operation.guest ? guestFlag : 0) |
    (operation.methodOverride ? overrideFlag : 0) |
    (operation.requestBody ? requestFlags[operation.requestBody.kind] : 0) |
    responseFlags[operation.response.kind];
  const cells = [
    operation.group ?? "",
    operation.methodName,
    operation.method,
    shortPath(operation.path),
    flags,
  ];
  if (preview) cells.push(shortPath(preview.path));
  return `[${cells.map((cell) => JSON.stringify(cell)).join(", ")}]`;
}

// Paths under /k/v1/ are stored relative so the client can put either prefix in front.
function shortPath(path: string): string {
  return path.startsWith(livePrefix) ? path.slice(livePrefix.length) : path;
}
