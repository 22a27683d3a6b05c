/** Requests per second of one way of sending a request. */
export type Rate = { name: string; requestsPerSecond: number; recordsPerSecond: number };

/** How long each comparison runs, from BENCH_SECONDS (default 10). */
export const benchSeconds = Number(process.env.BENCH_SECONDS ?? 10);

const slices = 10;

/**
 * Sends requests one after another through each sender for `benchSeconds` in all, alternating in
 * short slices so machine load and a growing app weigh on every sender alike.
 */
export async function measureRates(
  recordsPerRequest: number,
  senders: Record<string, () => Promise<unknown>>,
): Promise<Rate[]> {
  const entries = Object.entries(senders);
  const totals = entries.map(() => ({ count: 0, ms: 0 }));
  const sliceMs = (benchSeconds * 1000) / slices / entries.length;
  for (let slice = 0; slice < slices; slice += 1) {
    for (const [index, [, send]] of entries.entries()) {
      const total = totals[index] ?? { count: 0, ms: 0 };
      const started = performance.now();
      while (performance.now() - started < sliceMs) {
        await send();
        total.count += 1;
      }
      total.ms += performance.now() - started;
    }
  }
  return entries.map(([name], index) => {
    const { count, ms } = totals[index] ?? { count: 0, ms: 1 };
    const requestsPerSecond = count / (ms / 1000);
    return { name, requestsPerSecond, recordsPerSecond: requestsPerSecond * recordsPerRequest };
  });
}
