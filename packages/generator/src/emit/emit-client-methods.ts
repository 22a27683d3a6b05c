import { type MethodSignatureStructure, type OptionalKind, StructureKind } from "ts-morph";
import type {
  HttpMethod,
  Ir,
  OperationIr,
  RequestBodyKind,
  ResponseBodyKind,
} from "../build/ir.js";
import { sortRoles } from "../build/record-roles.js";
import { toPascalCase } from "../build/to-pascal-case.js";
import { buildSelectionSignature } from "./build-selection-signature.js";
import type { FileModel } from "./file-model.js";
import { escapeDoc } from "./print-doc.js";
import { buildTypeScope, type TypeScope, typeArguments, typeParameters } from "./type-scope.js";

type Signature = OptionalKind<MethodSignatureStructure>;

// How a method takes its input, per request body kind (GET parameters travel as json-like params).
const paramTypes = {
  json: { wrap: (name) => name, runtimeTypes: [] },
  multipart: { wrap: (name) => `UploadParams<${name}>`, runtimeTypes: ["UploadParams"] },
} satisfies Record<
  RequestBodyKind,
  { wrap: (requestType: string) => string; runtimeTypes: string[] }
>;

// What a method resolves to, per response kind; binary downloads offer a buffered and a streamed form.
const returnForms = {
  json: (responseType) => [{ options: "", returns: `Promise<${responseType}>` }],
  binary: () => [
    { options: ' & { as?: "arrayBuffer" }', returns: "Promise<ArrayBuffer>" },
    { options: ' & { as: "stream" }', returns: "Promise<ReadableStream<Uint8Array>>" },
  ],
} satisfies Record<
  ResponseBodyKind,
  (responseType: string) => { options: string; returns: string }[]
>;

// What `{ preview: true }` does, per HTTP method of the live/preview pair.
const previewNotes = {
  GET: "Pass `{ preview: true }` to read the app's pre-live (preview) settings instead of the live ones.",
  POST: "Pass `{ preview: true }` to add to the app's pre-live (preview) settings; they go live when the app is deployed.",
  PUT: "Pass `{ preview: true }` to change the app's pre-live (preview) settings; they go live when the app is deployed.",
  DELETE:
    "Pass `{ preview: true }` to delete from the app's pre-live (preview) settings; the change goes live when the app is deployed.",
} satisfies Record<HttpMethod, string>;

/** Emits the client's method interfaces, one per group plus the top-level methods, typed by @kintone-typed/types. */
export function emitClientMethods(ir: Ir): FileModel {
  const twins = new Set(
    ir.operations.flatMap((operation) => (operation.previewOf ? [operation.previewOf] : [])),
  );
  const operations = ir.operations.filter((operation) => !operation.previewOf);
  const groups = [
    ...new Set(operations.flatMap((operation) => (operation.group ? [operation.group] : []))),
  ].sort();
  const scope = buildTypeScope(ir);
  const typeNames = new Set<string>();
  const optionTypes = new Set<string>();
  const signaturesOf = (list: OperationIr[]) =>
    list.flatMap((operation) => {
      typeNames.add(operation.requestTypeName);
      if (operation.response.kind === "json") typeNames.add(operation.responseTypeName);
      const { signatures, runtimeTypes } = buildSignatures(
        operation,
        twins.has(operation.operationId),
        scope,
        typeNames,
      );
      for (const name of runtimeTypes) optionTypes.add(name);
      return signatures;
    });
  const groupInterfaces = groups.map((group) => ({
    kind: StructureKind.Interface as const,
    name: groupInterfaceName(group),
    isExported: true,
    docs: [`Methods of \`client.${group}\`.`],
    methods: signaturesOf(operations.filter((operation) => operation.group === group)),
  }));
  const client = {
    kind: StructureKind.Interface as const,
    name: "ClientMethods",
    isExported: true,
    docs: ["Every generated method of a kintone client, grouped like @kintone/rest-api-client."],
    properties: groups.map((group) => ({
      name: group,
      type: groupInterfaceName(group),
      isReadonly: true,
    })),
    methods: signaturesOf(operations.filter((operation) => !operation.group)),
  };
  return {
    path: "methods.gen.ts",
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        isTypeOnly: true,
        moduleSpecifier: "@kintone-typed/types",
        namedImports: [...typeNames].sort(),
      },
      {
        kind: StructureKind.ImportDeclaration,
        isTypeOnly: true,
        moduleSpecifier: "../call-options.js",
        namedImports: [...optionTypes].sort(),
      },
      ...groupInterfaces,
      client,
    ],
  };
}

function groupInterfaceName(group: string): string {
  return `${toPascalCase(group)}Methods`;
}

// Signatures of one method, and the hand-written client types (../call-options.ts) they use;
// types from @kintone-typed/types go to `typeNames`.
function buildSignatures(
  operation: OperationIr,
  hasPreview: boolean,
  scope: TypeScope,
  typeNames: Set<string>,
): { signatures: Signature[]; runtimeTypes: string[] } {
  const paramType = paramTypes[operation.requestBody?.kind ?? "json"];
  const request = `${operation.requestTypeName}${typeArguments(operation.requestTypeParameters)}`;
  const optionalInput =
    !operation.requestBody && operation.parameters.every((parameter) => !parameter.required);
  const baseOptions =
    operation.response.kind === "binary"
      ? "DownloadOptions"
      : hasPreview
        ? "PreviewCallOptions"
        : "CallOptions";
  const roles = sortRoles([
    ...operation.requestTypeParameters,
    ...operation.responseTypeParameters,
  ]);
  const doc = methodDoc(operation, hasPreview);
  const forms = returnForms[operation.response.kind](
    `${operation.responseTypeName}${typeArguments(operation.responseTypeParameters)}`,
  );
  const signatures: Signature[] = forms.map((form, index) => ({
    name: operation.methodName,
    docs: [doc],
    typeParameters: typeParameters(roles, scope, typeNames),
    parameters: [
      { name: "params", type: paramType.wrap(request), hasQuestionToken: optionalInput },
      // Only the last overload of a multi-form method requires the selecting option.
      { name: "options", type: `${baseOptions}${form.options}`, hasQuestionToken: index === 0 },
    ],
    returnType: form.returns,
  }));
  const selection = operation.fieldSelection;
  if (selection && operation.responseTypeParameters.includes(selection.role)) {
    // First, so a call without type arguments that lists fields infers them; an explicit `<Record>` skips it.
    signatures.unshift(
      buildSelectionSignature(operation, selection, {
        roles,
        doc,
        wrapParams: paramType.wrap,
        options: baseOptions,
        scope,
        typeNames,
      }),
    );
  }
  return { signatures, runtimeTypes: [...paramType.runtimeTypes, baseOptions] };
}

function methodDoc(operation: OperationIr, hasPreview: boolean): string {
  const lines = [`${operation.summary}: \`${operation.method} ${operation.path}\`.`];
  const firstParagraph = operation.description
    .split(/\n\s*\n/)[0]
    ?.replace(/\s+/g, " ")
    .trim();
  if (firstParagraph) lines.push("", firstParagraph);
  if (hasPreview) lines.push("", previewNotes[operation.method]);
  if (operation.experimental)
    lines.push("", "@experimental kintone may change this API without notice.");
  if (operation.deprecated) lines.push("", "@deprecated kintone has deprecated this API.");
  return escapeDoc(lines.join("\n"));
}
