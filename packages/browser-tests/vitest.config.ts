import { defineConfig } from "vitest/config";

// Hooks start Chromium and an emulator; on a loaded machine that takes seconds.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
