/** A repeatable random source in [0, 1) for the `random` option, so injected faults fall the same way on every run. */
export function seededRandom(seed: number): () => number {
  // mulberry32: small, fast and well spread; not for anything secret.
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
