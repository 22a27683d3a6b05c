/** Counts the requests running at once against kintone's concurrency limit. */
export class ConcurrencyGate {
  readonly limit: number;
  #running = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Counts a request in; returns false when it exceeds the limit (it still counts until left). */
  enter(): boolean {
    this.#running += 1;
    return this.#running <= this.limit;
  }

  /** Counts a request out. */
  leave(): void {
    this.#running -= 1;
  }

  /** How many requests are running. */
  get running(): number {
    return this.#running;
  }
}
