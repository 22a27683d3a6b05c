import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./parse-cli-args.js";

describe("parseCliArgs", () => {
  it.each([
    { given: [], want: { port: 0, host: "127.0.0.1", seed: undefined, dataDir: undefined } },
    {
      given: ["--port", "8080", "--seed", "s.json", "--data", "d", "--host", "0.0.0.0"],
      want: { port: 8080, host: "0.0.0.0", seed: "s.json", dataDir: "d" },
    },
    {
      given: ["--port=0", "--data=x"],
      want: { port: 0, host: "127.0.0.1", seed: undefined, dataDir: "x" },
    },
  ])("parses $given", ({ given, want }) => {
    expect(parseCliArgs(given)).toEqual(want);
  });

  it.each([
    { given: ["--prot", "1"], message: /unknown flag "--prot"/ },
    { given: ["--port", "http"], message: /--port must be a port number/ },
    { given: ["--port", "70000"], message: /--port must be a port number/ },
    { given: ["--seed"], message: /--seed needs a value/ },
  ])("rejects $given naming the flag", ({ given, message }) => {
    expect(() => parseCliArgs(given)).toThrow(message);
  });
});
