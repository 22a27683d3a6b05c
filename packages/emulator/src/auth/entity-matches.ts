import type { Entity, UserState } from "../apps/app-state.js";

/** True when a permission or assignee entity covers the user. */
export function entityMatches(entity: Entity, user: UserState): boolean {
  switch (entity.type) {
    case "USER":
      return entity.code === user.code;
    case "GROUP":
      return entity.code === "everyone" || user.groups.includes(entity.code ?? "");
    case "ORGANIZATION":
      return user.organizations.includes(entity.code ?? "");
    default:
      return false;
  }
}
