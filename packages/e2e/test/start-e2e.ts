import {
  type Auth,
  type ClientOptions,
  createClient,
  type KintoneClient,
} from "@kintone-typed/client";
import { type Emulator, type EmulatorOptions, startEmulator } from "@kintone-typed/emulator";
import {
  createResponseValidator,
  createValidatingFetch,
  type ResponseValidator,
} from "@kintone-typed/spec/validate-response";
import { e2eSeed } from "./e2e-seed.js";

/** Credentials of the end-to-end seed. */
export const auth = {
  orders: { type: "apiToken", token: "orders-full" },
  ordersViewOnly: { type: "apiToken", token: "orders-view" },
  ordersAndCustomers: { type: "apiToken", token: ["orders-full", "customers-full"] },
  notes: { type: "apiToken", token: "notes-full" },
  alice: { type: "password", username: "alice", password: "alice-pass" },
  bob: { type: "password", username: "bob", password: "bob-pass" },
} as const satisfies Record<string, Auth>;

/** How the validating fetch under a test client treats responses. */
export type Validation = { allowHtmlErrorPages?: boolean };

/** A running emulator and a factory of generated clients whose every response is checked against the spec. */
export type E2e = {
  emulator: Emulator;
  /** A client of the emulator; a `fetch` in the options is wrapped by the validating fetch. */
  client(options: ClientOptions, validation?: Validation): KintoneClient;
};

let validator: ResponseValidator | undefined;

/** Starts an emulator with the end-to-end seed on a free port of 127.0.0.1. */
export async function startE2e(options: EmulatorOptions = {}): Promise<E2e> {
  const emulator = await startEmulator({ seed: e2eSeed, deployDelayMs: 0, ...options });
  validator ??= createResponseValidator();
  const shared = validator;
  return {
    emulator,
    client: (clientOptions, validation = {}) =>
      createClient({
        baseUrl: emulator.baseUrl,
        ...clientOptions,
        fetch: createValidatingFetch({
          validator: shared,
          ...validation,
          ...(clientOptions.fetch && { fetch: clientOptions.fetch }),
        }),
      }),
  };
}
