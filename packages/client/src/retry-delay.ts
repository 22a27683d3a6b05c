/** Retry settings with defaults filled in. */
export type RetryPolicy = { maxRetries: number; baseDelayMs: number; maxDelayMs: number };

/** The default retry policy: 4 retries, 500 ms doubling up to 8 s, full jitter. */
export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
};

/** Statuses worth retrying for safe requests: kintone's concurrency/rate limits and temporary unavailability. */
export const retryableStatuses: ReadonlySet<number> = new Set([429, 503]);

/** How long to wait before retry number `attempt` (0-based): `Retry-After` when given, else exponential backoff with full jitter. */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfter: string | null,
  random = Math.random,
): number {
  const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, policy.maxDelayMs);
  const date = retryAfter === null ? Number.NaN : Date.parse(retryAfter);
  if (Number.isFinite(date)) return Math.min(Math.max(date - Date.now(), 0), policy.maxDelayMs);
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}
