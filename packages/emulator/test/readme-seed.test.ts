import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exampleSeed, startTestEmulator } from "./test-emulator.js";

describe("the documented seed", () => {
  it("is the README's example, verbatim", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const block = /This complete example[^\n]*\n\n```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(JSON.parse(block ?? "")).toEqual(JSON.parse(readFileSync(exampleSeed, "utf8")));
  });

  it("starts an emulator holding its apps and records", async () => {
    const { emulator } = await startTestEmulator();
    expect(emulator.state().apps).toEqual({
      "1": { records: 3 },
      "2": { records: 2 },
      "3": { records: 1 },
    });
    await emulator.close();
  });
});
