import { startEmulator } from "@kintone-typed/emulator";
import { demoSeed } from "./demo-seed.js";
import { runCodegen } from "./run-codegen.js";

// `pnpm generate`: regenerates the committed demo packages from the seeded emulator.
const emulator = await startEmulator({ port: 0, seed: demoSeed });
try {
  for (const line of await runCodegen(emulator.baseUrl)) console.log(line);
} finally {
  await emulator.close();
}
