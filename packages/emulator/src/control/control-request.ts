import type { Runtime } from "../emulator/runtime.js";
import type { FaultInjector, FaultSpec } from "../faults/fault-injector.js";
import type { ConcurrencyGate } from "../http/concurrency-gate.js";

/** Counts of what the emulator holds, for tests ("no cursor left open"). */
export type StateSummary = {
  /** API requests running right now. */
  running: number;
  cursors: number;
  files: number;
  apps: Record<string, { records: number }>;
  pendingFaults: number;
};

/** What the control endpoints work with. */
export type Control = {
  runtime: Runtime;
  faults: FaultInjector;
  gate: ConcurrencyGate;
  reset(): void;
};

/** Answers /__emulator/... requests; undefined when the path is not a control endpoint. */
export function controlRequest(
  control: Control,
  method: string,
  path: string,
  body: Buffer,
): { status: number; json: unknown } | undefined {
  const key = `${method} ${path}`;
  if (key === "POST /__emulator/faults") {
    const spec = JSON.parse(body.toString("utf8") || "{}") as FaultSpec;
    return { status: 200, json: { id: control.faults.inject(spec) } };
  }
  if (key === "DELETE /__emulator/faults") {
    control.faults.clear();
    return { status: 200, json: {} };
  }
  if (key === "POST /__emulator/reset") {
    control.reset();
    return { status: 200, json: {} };
  }
  if (key === "GET /__emulator/state") return { status: 200, json: stateSummary(control) };
  return undefined;
}

/** The current counts. */
export function stateSummary(control: Control): StateSummary {
  const { store, cursors } = control.runtime;
  const apps: Record<string, { records: number }> = {};
  for (const id of store.table("apps").keys())
    apps[id] = { records: store.table(`records/${id}`).size };
  return {
    running: control.gate.running,
    cursors: cursors.count(),
    files: store.table("files").size,
    apps,
    pendingFaults: control.faults.pending(),
  };
}
