import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./parse-args.js";

const defaults = { preview: false, check: false, fromSnapshot: false, help: false, version: false };

describe("parseCliArgs", () => {
  it.each([
    {
      given: ["--base-url", "https://x.cybozu.com", "--app", "1", "--out", "gen", "--check"],
      want: { ...defaults, baseUrl: "https://x.cybozu.com", app: "1", out: "gen", check: true },
    },
    {
      given: ["--api-token=a,b", "--guest-space-id", "10", "--preview", "--name", "@x/deals"],
      want: { ...defaults, apiToken: "a,b", guestSpaceId: "10", preview: true, name: "@x/deals" },
    },
    {
      given: ["--username", "u", "--password=--starts-with-dashes", "--from-snapshot"],
      want: { ...defaults, username: "u", password: "--starts-with-dashes", fromSnapshot: true },
    },
    { given: ["--config", "c.json"], want: { ...defaults, config: "c.json" } },
  ])("reads $given", ({ given, want }) => {
    expect(parseCliArgs(given)).toEqual(want);
  });

  it.each([
    { given: ["--bogus"], message: "unknown flag --bogus (see kintone-codegen --help)" },
    { given: ["-x"], message: "unknown flag -x" },
    { given: ["--app"], message: "--app needs a value" },
    { given: ["--app", "--out", "x"], message: "--app needs a value" },
    { given: ["--app="], message: "--app needs a value" },
    { given: ["--check=yes"], message: "--check takes no value" },
    {
      given: ["--password", "p", "secret"],
      message: "unexpected argument #3: flags start with --",
    },
  ])("rejects $given", ({ given, message }) => {
    expect(() => parseCliArgs(given)).toThrow(message);
  });

  it("never repeats a stray argument, which may be a secret", () => {
    expect(() => parseCliArgs(["s3cr3t"])).toThrow(/^(?!.*s3cr3t)/);
  });
});
