import { randomUUID } from "node:crypto";

/** One signed-in browser: whose session it is and the CSRF token its page hands out. */
export type Session = { userCode: string; requestToken: string };

/** The name of the cookie that carries the session id. */
export const sessionCookieName = "kintone_emulator_session";

/** Sessions opened by the login endpoint, by session id; they live as long as the emulator. */
export class SessionRegistry {
  readonly #sessions = new Map<string, Session>();

  /** Opens a session for the user and returns its id. */
  open(userCode: string): string {
    const id = randomUUID();
    this.#sessions.set(id, { userCode, requestToken: randomUUID() });
    return id;
  }

  /** The session with this id, if it is open. */
  find(id: string): Session | undefined {
    return this.#sessions.get(id);
  }

  /** The session named by a request's Cookie header, if any. */
  fromCookie(cookie: string | undefined): Session | undefined {
    const id = sessionIdOf(cookie);
    return id === undefined ? undefined : this.find(id);
  }

  /** Closes every session. */
  clear(): void {
    this.#sessions.clear();
  }
}

function sessionIdOf(cookie: string | undefined): string | undefined {
  for (const pair of (cookie ?? "").split(";")) {
    const [name, value] = pair.trim().split("=");
    if (name === sessionCookieName && value) return value;
  }
  return undefined;
}
