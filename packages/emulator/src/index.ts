export type { StateSummary } from "./control/control-request.js";
export { type Emulator, type EmulatorOptions, startEmulator } from "./emulator/start-emulator.js";
export type { FaultInjector, FaultSpec } from "./faults/fault-injector.js";
export { seededRandom } from "./faults/seeded-random.js";
export type { Seed, SeedApiToken, SeedApp, SeedUser } from "./seed/seed-types.js";
