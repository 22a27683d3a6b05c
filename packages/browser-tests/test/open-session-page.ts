import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type Emulator, startEmulator } from "@kintone-typed/emulator";
import type { Page } from "playwright-core";
import { launchChromium } from "./launch-chromium.js";

/** The client's single-file bundle: the file a kintone customization uploads. */
export const clientBundle = join(
  dirname(createRequire(import.meta.url).resolve("@kintone-typed/client/package.json")),
  "dist/browser/kintone-typed-client.min.js",
);

const exampleSeed = join(
  dirname(createRequire(import.meta.url).resolve("@kintone-typed/emulator/package.json")),
  "examples/seed.json",
);

/** A signed-in browser on the emulator's test page, which has loaded the client bundle. */
export type SessionPage = { emulator: Emulator; page: Page; close(): Promise<void> };

/** Starts an emulator and Chromium, logs in as the seed's user and opens the test page. */
export async function openSessionPage(user: {
  username: string;
  password: string;
}): Promise<SessionPage> {
  const emulator = await startEmulator({ seed: exampleSeed, pageScript: clientBundle });
  const browser = await launchChromium();
  // The login answer's cookie lands in the browser context: the page's code never sees credentials.
  const login = await browser.context.request.post(`${emulator.baseUrl}/__emulator/login`, {
    data: user,
  });
  if (!login.ok()) throw new Error(`Logging in to the emulator failed with ${login.status()}`);
  const page = await browser.context.newPage();
  await page.goto(`${emulator.baseUrl}/__emulator/page`);
  return {
    emulator,
    page,
    async close() {
      await browser.close();
      await emulator.close();
    },
  };
}
