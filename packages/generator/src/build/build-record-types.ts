import { forEachSchemaNode } from "./for-each-schema-node.js";
import type { RecordRole, SchemaNode } from "./ir.js";
import { parseRecordRole, recordRoleOrder, sortRoles } from "./record-roles.js";
import { collectSchemaRefs } from "./schema-refs.js";

/** Marks a component schema as the record type of a role. */
export const recordTypeExtension = "x-kintone-record-type";

/** Marks a string schema as a field code of a role's record type. */
export const fieldCodeExtension = "x-kintone-field-code";

/** Which schemas are record types, and which roles every component schema is generic over. */
export type RecordTypes = {
  recordSchemas: Partial<Record<RecordRole, string>>;
  parametersOf: ReadonlyMap<string, RecordRole[]>;
};

/** Finds the record schemas and propagates their roles to every schema that references them, directly or not. */
export function buildRecordTypes(schemas: Readonly<Record<string, unknown>>): RecordTypes {
  const recordSchemas: Partial<Record<RecordRole, string>> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const marker = (schema as SchemaNode)[recordTypeExtension];
    if (marker === undefined) continue;
    const pointer = `#/components/schemas/${name}`;
    const role = parseRecordRole(marker, recordTypeExtension, pointer);
    const other = recordSchemas[role];
    if (other) throw new Error(`${pointer}: ${other} is already the ${role} record type`);
    recordSchemas[role] = name;
  }
  const parametersOf = new Map<string, RecordRole[]>();
  const types = { recordSchemas, parametersOf };
  const own = Object.entries(schemas).map(([name, schema]) => ({
    name,
    ...ownRoles(schema as SchemaNode, `#/components/schemas/${name}`, types),
  }));
  // Roles only grow, so repeating until nothing changes terminates, also on reference cycles.
  for (let changed = true; changed; ) {
    changed = false;
    for (const { name, roles, refs } of own) {
      const all = withReferenced(roles, refs, parametersOf);
      if (all.length !== (parametersOf.get(name)?.length ?? 0)) {
        parametersOf.set(name, all);
        changed = true;
      }
    }
  }
  for (const [role, name] of Object.entries(recordSchemas)) {
    if ((parametersOf.get(name) ?? []).length > 0) {
      throw new Error(
        `#/components/schemas/${name}: the ${role} record type cannot itself contain a record or a field code`,
      );
    }
  }
  return types;
}

/** The roles a schema is generic over: the records and generic schemas it references, and the field codes it contains. */
export function typeParametersOf(
  schema: SchemaNode,
  pointer: string,
  types: RecordTypes,
): RecordRole[] {
  const { roles, refs } = ownRoles(schema, pointer, types);
  return withReferenced(roles, refs, types.parametersOf);
}

// The roles a schema has by itself (records it references, field codes it holds) and the other schemas it references.
function ownRoles(
  schema: SchemaNode,
  pointer: string,
  types: Pick<RecordTypes, "recordSchemas">,
): { roles: RecordRole[]; refs: string[] } {
  const roles: RecordRole[] = [];
  const refs: string[] = [];
  for (const name of collectSchemaRefs(schema, pointer)) {
    const role = recordRoleOrder.find((candidate) => types.recordSchemas[candidate] === name);
    if (role) roles.push(role);
    else refs.push(name);
  }
  forEachSchemaNode(schema, pointer, (node, at) => {
    const role = fieldCodeRole(node, at, types);
    if (role) roles.push(role);
  });
  return { roles, refs };
}

function withReferenced(
  roles: readonly RecordRole[],
  refs: readonly string[],
  parametersOf: ReadonlyMap<string, RecordRole[]>,
): RecordRole[] {
  return sortRoles([...roles, ...refs.flatMap((name) => parametersOf.get(name) ?? [])]);
}

/** The role whose field codes a string schema holds, if it is marked so; fails on misuse. */
export function fieldCodeRole(
  node: SchemaNode,
  pointer: string,
  types: Pick<RecordTypes, "recordSchemas">,
): RecordRole | undefined {
  const marker = node[fieldCodeExtension];
  if (marker === undefined) return undefined;
  const role = parseRecordRole(marker, fieldCodeExtension, pointer);
  if (node.type !== "string")
    throw new Error(`${pointer}: ${fieldCodeExtension} belongs on a string schema`);
  if (!types.recordSchemas[role])
    throw new Error(
      `${pointer}: ${fieldCodeExtension}: ${role} names no record type (no schema has ${recordTypeExtension}: ${role})`,
    );
  return role;
}
