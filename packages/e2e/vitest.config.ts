import { defineConfig } from "vitest/config";

// Hooks start an emulator and compile the spec validator; on a loaded machine that takes seconds.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
