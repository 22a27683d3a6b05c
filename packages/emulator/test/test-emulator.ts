import { type Emulator, type EmulatorOptions, startEmulator } from "../src/index.js";
import { type CallOptions, type CheckedResponse, checkedClient } from "./checked-client.js";

/** The example seed shipped in examples/seed.json. */
export const exampleSeed = new URL("../examples/seed.json", import.meta.url).pathname;

/** Credentials of the example seed. */
export const as = {
  full: { token: "deals-full" },
  viewOnly: { token: "deals-view" },
  products: { token: "products-view" },
  guest: { token: "guest-full" },
  alice: { user: "alice", password: "alice-pass" },
  bob: { user: "bob", password: "bob-pass" },
  carol: { user: "carol", password: "carol-pass" },
} as const;

/** A running emulator with a spec-checked client and a control client. */
export type TestEmulator = {
  emulator: Emulator;
  call: (method: string, path: string, options?: CallOptions) => Promise<CheckedResponse>;
  control: (method: string, path: string, json?: unknown) => Promise<unknown>;
};

/** Starts an emulator on 127.0.0.1 with the example seed (unless options say otherwise). */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ seed: exampleSeed, ...options });
  return {
    emulator,
    call: checkedClient(emulator.baseUrl),
    async control(method, path, json) {
      const response = await fetch(`${emulator.baseUrl}${path}`, {
        method,
        headers: { "Content-Type": "application/json" },
        body: json === undefined ? undefined : JSON.stringify(json),
      });
      return response.json();
    },
  };
}
