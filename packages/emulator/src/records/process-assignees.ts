import type { AppSettings, StateAssignee, UserRef } from "../apps/app-state.js";
import type { StoredRecord } from "../query/index.js";
import type { Db } from "../store/db.js";

/** The users an assignee rule points at for a record, without duplicates. */
export function assigneeCandidates(rule: StateAssignee, record: StoredRecord, db: Db): UserRef[] {
  const found = new Map<string, UserRef>();
  const add = (user: UserRef | undefined): void => {
    if (user && user.code !== "") found.set(user.code, { code: user.code, name: user.name });
  };
  for (const { entity } of rule.entities) {
    const code = entity.code ?? "";
    if (entity.type === "USER") add(db.user(code));
    else if (entity.type === "GROUP" || entity.type === "ORGANIZATION") {
      for (const user of db.users()) {
        const memberships = entity.type === "GROUP" ? user.groups : user.organizations;
        if (memberships.includes(code)) add(user);
      }
    } else if (entity.type === "FIELD_ENTITY") {
      const value = record[code]?.value;
      for (const user of Array.isArray(value) ? value : [value]) add(user as UserRef | undefined);
    }
  }
  return [...found.values()];
}

/** The first state of a process (lowest index). */
export function initialState(settings: AppSettings): string | undefined {
  return Object.values(settings.process.states).sort((a, b) => Number(a.index) - Number(b.index))[0]
    ?.name;
}

/** The assignees a record gets on entering a state without an explicit choice. */
export function defaultAssignees(
  settings: AppSettings,
  state: string,
  record: StoredRecord,
  db: Db,
): UserRef[] {
  const rule = settings.process.states[state]?.assignee;
  if (!rule) return [];
  const candidates = assigneeCandidates(rule, record, db);
  return rule.type === "ONE" ? candidates.slice(0, 1) : candidates;
}
