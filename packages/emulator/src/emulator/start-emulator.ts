import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SessionRegistry } from "../auth/session-registry.js";
import { type Control, type StateSummary, stateSummary } from "../control/control-request.js";
import { CursorRegistry } from "../cursors/cursor-registry.js";
import { FaultInjector } from "../faults/fault-injector.js";
import { ConcurrencyGate } from "../http/concurrency-gate.js";
import { createRequestListener } from "../http/create-request-listener.js";
import { memoryPersistence, openDataDir } from "../persistence/journal.js";
import { loadSeed } from "../seed/load-seed.js";
import { seedChanges } from "../seed/seed-changes.js";
import type { Seed } from "../seed/seed-types.js";
import { TableStore } from "../store/table-store.js";
import type { Runtime } from "./runtime.js";

/** How to start an emulator. */
export type EmulatorOptions = {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** Initial state: a seed object or the path of a seed JSON file. */
  seed?: Seed | string;
  /** Directory that keeps state across restarts (journal + snapshot); memory only when absent. */
  dataDir?: string;
  /** Clock for timestamps, cursor expiry and deploy progress (default: the system clock). */
  now?: () => Date;
  /** Latency added to every API response. */
  latencyMs?: number;
  /** Requests that may run at once before kintone's 429 (default 100). */
  concurrencyLimit?: number;
  /** How long a deploy reports PROCESSING at least (default 50 ms). */
  deployDelayMs?: number;
  /** Random source for fault probabilities (default Math.random). */
  random?: () => number;
  /** A script file the test page (GET /__emulator/page) loads, such as the client's browser bundle. */
  pageScript?: string;
};

/** A running emulator. */
export type Emulator = {
  /** `http://host:port`, without a trailing slash. */
  baseUrl: string;
  port: number;
  /** Faults to inject into the next requests. */
  faults: FaultInjector;
  /** Restores the seeded state and forgets cursors, deploys and faults. */
  reset(): void;
  /** Counts of open cursors, files and records per app. */
  state(): StateSummary;
  /** Stops listening and releases the data directory. */
  close(): Promise<void>;
};

/** Starts a kintone-compatible REST API server. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const seed = loadSeed(options.seed);
  const clock = options.now ?? (() => new Date());
  const store = new TableStore();
  const initialChanges = () => seedChanges(seed, clock());
  const persistence = options.dataDir
    ? openDataDir(options.dataDir, store, initialChanges)
    : memoryPersistence;
  if (!options.dataDir) store.apply(initialChanges());
  const runtime: Runtime = {
    store,
    persistence,
    clock,
    cursors: new CursorRegistry(clock),
    sessions: new SessionRegistry(),
    deploys: new Map(),
    deployDelayMs: options.deployDelayMs ?? 50,
    defaultTimeZone: seed.defaultTimezone ?? "UTC",
    initialChanges,
  };
  const faults = new FaultInjector(options.random);
  const gate = new ConcurrencyGate(options.concurrencyLimit ?? 100);
  const control: Control = {
    runtime,
    faults,
    gate,
    reset() {
      store.clear();
      store.apply(initialChanges());
      persistence.compact(store);
      runtime.cursors.clear();
      runtime.deploys.clear();
      faults.clear();
    },
  };
  const server = createServer(
    createRequestListener({
      control,
      latencyMs: options.latencyMs ?? 0,
      pageScript: options.pageScript,
    }),
  );
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    faults,
    reset: () => control.reset(),
    state: () => stateSummary(control),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      persistence.close();
    },
  };
}
