import type { OptionalKind, TypeParameterDeclarationStructure } from "ts-morph";
import type { Ir, RecordRole } from "../build/ir.js";
import { recordRoleOrder, recordRoles } from "../build/record-roles.js";

/** How named types print: a record schema as its role's type parameter, a generic schema with its type arguments. */
export type TypeScope = {
  recordSchemas: Partial<Record<RecordRole, string>>;
  parametersOf: ReadonlyMap<string, readonly RecordRole[]>;
};

/** Builds the scope of an IR. */
export function buildTypeScope(ir: Ir): TypeScope {
  return {
    recordSchemas: ir.recordSchemas,
    parametersOf: new Map(ir.schemas.map((schema) => [schema.name, schema.typeParameters])),
  };
}

/** Prints a reference to a component schema inside a type generic over its roles, recording names to import in `refs`. */
export function referenceType(name: string, scope: TypeScope, refs: Set<string>): string {
  const role = recordRoleOrder.find((candidate) => scope.recordSchemas[candidate] === name);
  if (role) return recordRoles[role].typeParameter;
  refs.add(name);
  return `${name}${typeArguments(scope.parametersOf.get(name) ?? [])}`;
}

/** Prints type arguments passing each role's type parameter (`<R>`), or nothing for no roles. */
export function typeArguments(roles: readonly RecordRole[]): string {
  return roles.length === 0
    ? ""
    : `<${roles.map((role) => recordRoles[role].typeParameter).join(", ")}>`;
}

/** The type of a field code of a role's record: the keys of its type parameter. */
export function fieldCodeType(role: RecordRole): string {
  return `keyof ${recordRoles[role].typeParameter} & string`;
}

/** Declares a type parameter per role, constrained by (and, with defaults, defaulting to) the role's record schema. */
export function typeParameters(
  roles: readonly RecordRole[],
  scope: TypeScope,
  refs: Set<string>,
  withDefaults = true,
): OptionalKind<TypeParameterDeclarationStructure>[] {
  return roles.map((role) => {
    const record = scope.recordSchemas[role];
    if (!record) throw new Error(`no schema has x-kintone-record-type: ${role}`);
    refs.add(record);
    return {
      name: recordRoles[role].typeParameter,
      constraint: record,
      ...(withDefaults && { default: record }),
    };
  });
}
