// The emulator benchmark through the generated client (figures only, no asserts): requests/s of
// getRecords and addRecords next to raw fetch, then BENCH_RECORDS (default 100,000) records added
// and read back, with the emulator process's memory. BENCH_SECONDS sets each comparison's length.
import { printLargeRun } from "./print-large-run.js";
import { printRequestRates } from "./print-request-rates.js";

await printRequestRates();
await printLargeRun(Number(process.env.BENCH_RECORDS ?? 100_000));
