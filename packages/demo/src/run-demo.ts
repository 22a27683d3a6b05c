import path from "node:path";
import { performance } from "node:perf_hooks";
import { createClient } from "@kintone-typed/client";
import { startEmulator } from "@kintone-typed/emulator";
import { demoSeed, demoTokens } from "./demo-seed.js";
import { runCodegen } from "./run-codegen.js";

/**
 * The demo: starts the emulator with the sample apps, generates their packages with kintone-codegen,
 * runs the typed calls of use-deals.ts through the client, and stops the emulator.
 */
export async function runDemo(log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const emulator = await startEmulator({ port: 0, seed: demoSeed });
  try {
    log(`1. kintone emulator on ${emulator.baseUrl} with 案件管理 (app 1) and 顧客管理 (app 2)`);
    log(
      `2. kintone-codegen (config ${path.join("packages/demo", "kintone-codegen.config.json")}):`,
    );
    for (const line of await runCodegen(emulator.baseUrl)) log(`   ${line}`);
    // Imported after generation, so the calls use the packages just written.
    const { useDeals } = await import("./use-deals.js");
    log("3. typed calls through @kintone-typed/client:");
    const client = createClient({
      baseUrl: emulator.baseUrl,
      auth: { type: "apiToken", token: [demoTokens.deals, demoTokens.customers] },
    });
    await useDeals(client, (line) => log(`   ${line}`));
  } finally {
    await emulator.close();
  }
  log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s; the emulator is stopped.`);
}
