/** A fault to inject into the next matching requests. */
export type FaultSpec = {
  /** How many requests it affects (default 1). */
  count?: number;
  /** Answer with this status instead of running the request. */
  status?: 429 | 500 | 503;
  /** Error body: kintone's JSON error (default) or an HTML page like a proxy's. */
  body?: "json" | "html";
  /** Regular expression the request path must match. */
  pathPattern?: string;
  /** Extra delay before the response. */
  latencyMs?: number;
  /** Close the connection without a response, before the request runs. */
  dropConnection?: boolean;
  /** Close the connection without a response after the request ran and its writes were committed. */
  dropAfterCommit?: boolean;
  /** Chance (0..1) that a matching request is affected; default 1. */
  probability?: number;
};

type Rule = { id: string; spec: FaultSpec; remaining: number; pattern: RegExp | undefined };

/** Faults waiting for requests, consumed first come first served. */
export class FaultInjector {
  readonly #rules: Rule[] = [];
  readonly #random: () => number;
  #nextId = 1;

  constructor(random: () => number = Math.random) {
    this.#random = random;
  }

  /** Adds a fault; returns its id. */
  inject(spec: FaultSpec): string {
    const id = String(this.#nextId++);
    const pattern = spec.pathPattern === undefined ? undefined : new RegExp(spec.pathPattern);
    this.#rules.push({ id, spec, remaining: spec.count ?? 1, pattern });
    return id;
  }

  /** Removes every pending fault. */
  clear(): void {
    this.#rules.length = 0;
  }

  /** How many requests the pending faults will still affect. */
  pending(): number {
    return this.#rules.reduce((sum, rule) => sum + rule.remaining, 0);
  }

  /** The fault a request to the path gets, if any; it counts as used. */
  take(path: string): FaultSpec | undefined {
    for (const rule of this.#rules) {
      if (rule.remaining <= 0 || (rule.pattern && !rule.pattern.test(path))) continue;
      if (this.#random() >= (rule.spec.probability ?? 1)) continue;
      rule.remaining -= 1;
      if (rule.remaining === 0) this.#rules.splice(this.#rules.indexOf(rule), 1);
      return rule.spec;
    }
    return undefined;
  }
}
