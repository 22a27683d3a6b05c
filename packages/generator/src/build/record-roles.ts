import type { RecordRole } from "./ir.js";

/** Per record role: the type parameter name generic types give it (the role's record schema is its constraint and default). */
export const recordRoles = {
  read: { typeParameter: "R" },
  write: { typeParameter: "W" },
} as const satisfies Record<RecordRole, { typeParameter: string }>;

/** The roles in the order type parameters are listed. */
export const recordRoleOrder = Object.keys(recordRoles) as RecordRole[];

/** Reads the value of a record-role extension, failing with the location and the accepted values. */
export function parseRecordRole(value: unknown, extension: string, pointer: string): RecordRole {
  const role = recordRoleOrder.find((known) => known === value);
  if (role) return role;
  throw new Error(
    `${pointer}: ${extension} must be one of ${recordRoleOrder.join(", ")}, got ${JSON.stringify(value)}`,
  );
}

/** Sorts roles into recordRoleOrder, dropping duplicates. */
export function sortRoles(roles: Iterable<RecordRole>): RecordRole[] {
  const set = new Set(roles);
  return recordRoleOrder.filter((role) => set.has(role));
}
