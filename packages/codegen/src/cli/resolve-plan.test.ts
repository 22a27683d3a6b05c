import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCliArgs } from "./parse-args.js";
import { resolvePlan } from "./resolve-plan.js";

let cwd: string;

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "codegen-plan-"));
});

const plan = (args: string[], env: Record<string, string> = {}) =>
  resolvePlan(parseCliArgs(args), cwd, env);

async function withConfig(name: string, content: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(cwd, "config-"));
  await writeFile(path.join(dir, name), JSON.stringify(content));
  return dir;
}

describe("resolvePlan with flags", () => {
  it("takes the connection from flags", async () => {
    const jobs = await plan([
      ...["--base-url", "https://example.cybozu.com/", "--app", "5", "--out", "gen"],
      ...["--api-token", "a, b", "--guest-space-id", "3", "--preview", "--name", "deals"],
    ]);
    expect(jobs).toEqual([
      {
        label: "deals (app 5)",
        name: "deals",
        outDir: path.join(cwd, "gen"),
        action: "generate",
        app: "5",
        preview: true,
        connection: {
          baseUrl: "https://example.cybozu.com",
          auth: { type: "apiToken", token: ["a", "b"] },
          guestSpaceId: "3",
          secrets: ["a", "b"],
        },
      },
    ]);
  });

  it("falls back to the KINTONE_* environment variables", async () => {
    const [job] = await plan(["--app", "5", "--out", "gen", "--check"], {
      KINTONE_BASE_URL: "http://localhost:3000",
      KINTONE_USERNAME: "alice",
      KINTONE_PASSWORD: "pw",
      KINTONE_GUEST_SPACE_ID: "8",
    });
    expect(job).toMatchObject({
      action: "check",
      connection: {
        baseUrl: "http://localhost:3000",
        auth: { type: "password", username: "alice", password: "pw" },
        guestSpaceId: "8",
        secrets: ["pw", Buffer.from("alice:pw").toString("base64")],
      },
    });
  });

  it("prefers explicit password flags to a token in the environment", async () => {
    const [job] = await plan(["--app", "5", "--out", "g", "--username", "u", "--password", "p"], {
      KINTONE_BASE_URL: "https://a.cybozu.com",
      KINTONE_API_TOKEN: "t",
    });
    expect(job).toMatchObject({ connection: { auth: { type: "password" } } });
  });

  it("needs no connection to regenerate from the snapshot", async () => {
    expect(await plan(["--out", "gen", "--from-snapshot"])).toEqual([
      { label: "gen", name: undefined, outDir: path.join(cwd, "gen"), action: "snapshot" },
    ]);
  });

  it.each([
    { args: ["--app", "1"], message: "--out <dir> is required with --app" },
    { args: ["--out", "g"], message: "--app <id> is required" },
    { args: ["--app", "x", "--out", "g"], message: '--app must be a positive integer, got "x"' },
    {
      args: ["--app", "1", "--out", "g"],
      message: "no kintone URL: give --base-url or set KINTONE_BASE_URL",
    },
    {
      args: ["--app", "1", "--out", "g", "--base-url", "https://a.cybozu.com"],
      message:
        "no credentials: set KINTONE_API_TOKEN (or --api-token), or KINTONE_USERNAME and KINTONE_PASSWORD",
    },
    {
      args: ["--app", "1", "--out", "g", "--base-url", "not a url", "--api-token", "t"],
      message: "--base-url is not a URL: expected https://<subdomain>.cybozu.com",
    },
    {
      args: ["--app", "1", "--out", "g", "--base-url", "http://example.com", "--api-token", "t"],
      message: "--base-url must use https (http only for localhost), got http://example.com",
    },
    {
      args: [
        "--app",
        "1",
        "--out",
        "g",
        "--base-url",
        "https://a.cybozu.com/k/",
        "--api-token",
        "t",
      ],
      message: "--base-url must be the domain only",
    },
    {
      args: [
        "--app",
        "1",
        "--out",
        "g",
        "--base-url",
        "https://u:pw@a.cybozu.com",
        "--api-token",
        "t",
      ],
      message: "--base-url must not contain credentials",
    },
    { args: ["--check", "--from-snapshot"], message: "cannot be combined with --from-snapshot" },
    { args: [], message: "nothing to do: give --app <id> --out <dir>" },
  ])("rejects $args", async ({ args, message }) => {
    await expect(plan(args)).rejects.toThrow(message);
  });

  it("never repeats a base URL's credentials", async () => {
    const args = ["--app", "1", "--out", "g", "--base-url", "https://u:s3cr3t@a.cybozu.com"];
    await expect(plan([...args, "--api-token", "t"])).rejects.toThrow(/^(?!.*s3cr3t)/);
  });
});

describe("resolvePlan with a config file", () => {
  const config = {
    baseUrl: "https://example.cybozu.com",
    apps: [
      { name: "deals", app: 1, out: "gen/deals", apiTokenEnv: "DEALS_TOKEN" },
      { name: "tasks", app: "3", out: "gen/tasks", guestSpaceId: 10, preview: true },
    ],
  };

  it("lists every app, tokens from the environment, folders relative to the file", async () => {
    const dir = await withConfig("kintone-codegen.config.json", config);
    const jobs = await resolvePlan(parseCliArgs([]), dir, {
      DEALS_TOKEN: "deals-token",
      KINTONE_API_TOKEN: "default-token",
    });
    expect(jobs).toMatchObject([
      {
        label: "deals (app 1)",
        outDir: path.join(dir, "gen/deals"),
        action: "generate",
        preview: false,
        connection: { auth: { token: ["deals-token"] }, guestSpaceId: undefined },
      },
      {
        label: "tasks (app 3)",
        outDir: path.join(dir, "gen/tasks"),
        preview: true,
        connection: { auth: { token: ["default-token"] }, guestSpaceId: "10" },
      },
    ]);
  });

  it("reads the file named by --config", async () => {
    const dir = await withConfig("custom.json", config);
    const jobs = await plan(["--config", path.join(dir, "custom.json"), "--from-snapshot"]);
    expect(jobs.map((job) => [job.label, job.action])).toEqual([
      ["deals (app 1)", "snapshot"],
      ["tasks (app 3)", "snapshot"],
    ]);
  });

  it.each([
    {
      content: { apps: [] },
      message: 'kintone-codegen.config.json: "apps" must be a non-empty array',
    },
    {
      content: { apps: [], extra: 1 },
      message: 'kintone-codegen.config.json: unknown key "extra"',
    },
    {
      content: { apps: [{ name: "a", app: 1, out: "o", apiToken: "t" }] },
      message: "apps[0].apiToken: keep credentials out of the config",
    },
    {
      content: { apps: [{ name: "a", app: 1 }] },
      message: "kintone-codegen.config.json: apps[0].out must be a folder path",
    },
    {
      content: { apps: [{ name: "a", app: "one", out: "o" }] },
      message: 'apps[0].app must be a positive integer, got "one"',
    },
  ])("rejects $content", async ({ content, message }) => {
    const dir = await withConfig("kintone-codegen.config.json", content);
    await expect(resolvePlan(parseCliArgs(["--from-snapshot"]), dir, {})).rejects.toThrow(message);
  });

  it("reports a missing --config file", async () => {
    await expect(plan(["--config", "missing.json"])).rejects.toThrow("config file");
  });
});
