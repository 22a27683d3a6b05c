import type { MethodSignatureStructure, OptionalKind } from "ts-morph";
import type { FieldSelection, OperationIr, RecordRole } from "../build/ir.js";
import { recordRoles } from "../build/record-roles.js";
import { escapeDoc } from "./print-doc.js";
import { propertyKey } from "./schema-to-type.js";
import { fieldCodeType, type TypeScope, typeParameters } from "./type-scope.js";

// The type parameter holding the field codes a call lists.
const selectedFields = "F";

/** What the narrowing overload shares with the method's other signatures. */
export type SelectionContext = {
  roles: readonly RecordRole[];
  doc: string;
  wrapParams: (type: string) => string;
  options: string;
  scope: TypeScope;
  typeNames: Set<string>;
};

/**
 * The overload of a method whose request lists field codes and whose response holds records of that role:
 * records narrowed to the listed fields (`Pick<R, F>`), with the list required so calls without it skip it.
 */
export function buildSelectionSignature(
  operation: OperationIr,
  selection: FieldSelection,
  context: SelectionContext,
): OptionalKind<MethodSignatureStructure> {
  const request = `${operation.requestTypeName}<${narrowedArguments(operation.requestTypeParameters, selection)}>`;
  const listed = `{ ${propertyKey(selection.member)}: ${selectedFields}[] }`;
  return {
    name: operation.methodName,
    docs: [`${context.doc}\n\n${escapeDoc(selectionNote(operation, selection))}`],
    typeParameters: [
      ...typeParameters(context.roles, context.scope, context.typeNames, false),
      { name: selectedFields, constraint: fieldCodeType(selection.role) },
    ],
    parameters: [
      { name: "params", type: context.wrapParams(`${request} & ${listed}`) },
      { name: "options", type: context.options, hasQuestionToken: true },
    ],
    returnType: `Promise<${operation.responseTypeName}<${narrowedArguments(operation.responseTypeParameters, selection)}>>`,
  };
}

// Type arguments with the selecting role's record narrowed to the selected fields. In the request this makes
// the listed codes `F[]`, the very type `& { fields: F[] }` adds, so no costly intersection of array types arises.
function narrowedArguments(roles: readonly RecordRole[], selection: FieldSelection): string {
  return roles
    .map((role) => {
      const name = recordRoles[role].typeParameter;
      return role === selection.role ? `Pick<${name}, ${selectedFields}>` : name;
    })
    .join(", ");
}

function selectionNote(operation: OperationIr, selection: FieldSelection): string {
  return `Listing \`${selection.member}\` narrows each record to those fields: inferred without type arguments; with a record type, name them too: \`${operation.methodName}<MyRecord, "code1" | "code2">(...)\`.`;
}
