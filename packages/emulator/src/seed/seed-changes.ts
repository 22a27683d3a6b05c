import type { TokenState, UserRef } from "../apps/app-state.js";
import type { Principal } from "../auth/principal.js";
import { addRecord } from "../records/save-record.js";
import { Db } from "../store/db.js";
import { type Change, TableStore } from "../store/table-store.js";
import { Transaction } from "../store/transaction.js";
import { seedApp } from "./seed-app.js";
import type { Seed } from "./seed-types.js";

/** The state a seed describes, as changes from empty; seeded records are validated like writes. */
export function seedChanges(seed: Seed, now: Date): Change[] {
  const db = new Db(new Transaction(new TableStore()));
  const at = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  for (const user of seed.users ?? []) {
    db.putUser({
      code: user.code,
      name: user.name ?? user.code,
      password: user.password,
      organizations: user.organizations ?? [],
      groups: user.groups ?? [],
      timezone: user.timezone ?? seed.defaultTimezone ?? "UTC",
    });
    for (const code of user.organizations ?? []) db.putOrganization({ code, name: code });
    for (const code of user.groups ?? []) db.putGroup({ code, name: code });
  }
  for (const organization of seed.organizations ?? []) db.putOrganization(organization);
  for (const group of seed.groups ?? []) db.putGroup(group);
  for (const token of seed.apiTokens ?? []) {
    db.putToken({
      token: token.token,
      app: String(token.app),
      view: token.view ?? false,
      add: token.add ?? false,
      edit: token.edit ?? false,
      delete: token.delete ?? false,
      manage: token.manage ?? false,
    });
  }
  const apps = seed.apps ?? [];
  for (const app of apps) {
    const creator = app.creator ? db.user(app.creator) : undefined;
    const ref: UserRef = creator ? { code: creator.code, name: creator.name } : seedActor;
    db.putApp(seedApp(app, ref, at));
  }
  setSequence(db, "app", Math.max(0, ...apps.map((app) => Number(app.id))));
  const principal = seedPrincipal(apps.map((app) => String(app.id)));
  for (const app of apps) {
    const stored = db.app(String(app.id));
    if (!stored) continue;
    (app.records ?? []).forEach((record, index) => {
      try {
        addRecord(
          { db, principal, now, timeZone: seed.defaultTimezone ?? "UTC" },
          stored,
          record,
          `records[${index}]`,
        );
      } catch (error) {
        throw new Error(`Seed record ${index} of app ${stored.id} is invalid: ${describe(error)}`);
      }
    });
  }
  return db.tx.changes();
}

const seedActor: UserRef = { code: "Administrator", name: "Administrator" };

function seedPrincipal(apps: string[]): Principal {
  const tokens: TokenState[] = apps.map((app) => ({
    token: `seed-${app}`,
    app,
    view: true,
    add: true,
    edit: true,
    delete: true,
    manage: true,
  }));
  return { kind: "token", tokens, actor: seedActor };
}

function setSequence(db: Db, name: string, value: number): void {
  db.tx.put("sequences", name, value);
}

function describe(error: unknown): string {
  if (typeof error === "object" && error !== null && "errors" in error && error.errors) {
    return `${String(error)} ${JSON.stringify(error.errors)}`;
  }
  return String(error);
}
