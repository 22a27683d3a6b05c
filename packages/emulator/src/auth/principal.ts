import type { TokenState, UserRef, UserState } from "../apps/app-state.js";

/** Who a request acts as: a seeded user, or the apps whose API tokens it carries. */
export type Principal =
  | { kind: "user"; user: UserState; actor: UserRef }
  | { kind: "token"; tokens: TokenState[]; actor: UserRef };

/** kintone records operations done with API tokens as this user. */
export const tokenActor: UserRef = { code: "Administrator", name: "Administrator" };

/** The login user a query's LOGINUSER() and PRIMARY_ORGANIZATION() refer to. */
export function loginUserOf(principal: Principal): {
  code: string;
  organizations: string[];
  primaryOrganization: string | null;
  groups: string[];
} {
  if (principal.kind === "token") {
    return { code: tokenActor.code, organizations: [], primaryOrganization: null, groups: [] };
  }
  const { user } = principal;
  return {
    code: user.code,
    organizations: user.organizations,
    primaryOrganization: user.organizations[0] ?? null,
    groups: user.groups,
  };
}
