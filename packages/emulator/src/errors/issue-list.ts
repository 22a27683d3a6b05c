import { validationError } from "./error-catalog.js";

/** Collects validation messages by input location, then fails with one CB_VA01 error. */
export class IssueList {
  readonly #issues = new Map<string, string[]>();

  /** Records one message for an input location. */
  add(key: string, message: string): void {
    const messages = this.#issues.get(key) ?? [];
    messages.push(message);
    this.#issues.set(key, messages);
  }

  /** True when no message was recorded. */
  get empty(): boolean {
    return this.#issues.size === 0;
  }

  /** Throws the CB_VA01 error when any message was recorded. */
  throwIfAny(): void {
    if (!this.empty) throw validationError(Object.fromEntries(this.#issues));
  }
}
