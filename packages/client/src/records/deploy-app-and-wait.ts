import type { AppDeployStatus, DeployAppRequest } from "@kintone-typed/types";
import type { ClientMethods } from "../generated/methods.gen.js";
import { sleep } from "../sleep.js";

/** Parameters of deployAppAndWait. */
export type DeployAppAndWaitParams = DeployAppRequest & {
  /** Gives up after this many milliseconds (default 300000). */
  timeoutMs?: number;
  /** Time between status reads (default 1000). */
  pollIntervalMs?: number;
  signal?: AbortSignal;
};

/** Deploys (or reverts) the apps' preview settings and waits until none is `PROCESSING`; throws when one ends other than `SUCCESS` or time runs out. */
export async function deployAppAndWait(
  client: ClientMethods,
  params: DeployAppAndWaitParams,
): Promise<AppDeployStatus[]> {
  const { timeoutMs = 300_000, pollIntervalMs = 1_000, signal, ...request } = params;
  const options = { ...(signal && { signal }) };
  const deadline = Date.now() + timeoutMs;
  await client.app.deployApp(request, options);
  const apps = request.apps.map((entry) => entry.app);
  for (;;) {
    const { apps: statuses } = await client.app.getDeployStatus({ apps }, options);
    if (statuses.every((app) => app.status !== "PROCESSING")) {
      const failed = statuses.filter((app) => app.status !== "SUCCESS");
      if (failed.length > 0)
        throw new Error(
          `Deploying failed: ${failed.map((app) => `app ${app.app} ${app.status}`).join(", ")}`,
        );
      return statuses;
    }
    if (Date.now() + pollIntervalMs > deadline)
      throw new Error(
        `Deploying apps ${apps.join(", ")} did not finish within ${timeoutMs} ms; it may still complete`,
      );
    await sleep(pollIntervalMs, signal);
  }
}
