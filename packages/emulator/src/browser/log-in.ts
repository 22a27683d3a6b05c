import { sessionCookieName } from "../auth/session-registry.js";
import type { Runtime } from "../emulator/runtime.js";
import { Db } from "../store/db.js";
import { Transaction } from "../store/transaction.js";
import type { BrowserAnswer } from "./browser-answer.js";

const json = { "Content-Type": "application/json; charset=utf-8" };

/** POST /__emulator/login `{ username, password }` of a seeded user: opens a session and sets its cookie. */
export function logIn(runtime: Runtime, body: Buffer): BrowserAnswer {
  const credentials = parseCredentials(body);
  const user = credentials && new Db(new Transaction(runtime.store)).user(credentials.username);
  if (!credentials || !user || user.password !== credentials.password) {
    const message = "The body must be { username, password } of a seeded user.";
    return { status: 401, headers: json, body: JSON.stringify({ message }) };
  }
  const id = runtime.sessions.open(user.code);
  return {
    status: 200,
    headers: {
      ...json,
      "Set-Cookie": `${sessionCookieName}=${id}; Path=/; HttpOnly; SameSite=Lax`,
    },
    body: JSON.stringify({ user: user.code }),
  };
}

function parseCredentials(body: Buffer): { username: string; password: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const { username, password } = parsed as Record<string, unknown>;
  return typeof username === "string" && typeof password === "string"
    ? { username, password }
    : undefined;
}
