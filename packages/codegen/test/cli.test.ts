import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@kintone-typed/client";
import { type Emulator, startEmulator } from "@kintone-typed/emulator";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixtureSeed, fixtureTokens } from "./fixture-seed.js";
import { type CliRun, runCli } from "./run-cli.js";

let emulator: Emulator;
let cwd: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: fixtureSeed });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await emulator.reset();
  cwd = await mkdtemp(path.join(tmpdir(), "codegen-cli-"));
});

const secrets = [...Object.values(fixtureTokens), "admin-pass", "wrong-token", "wrong-pass"];

function expectNoSecret(run: CliRun): void {
  const output = [...run.stdout, ...run.stderr].join("\n");
  for (const secret of secrets) expect(output).not.toContain(secret);
}

const generated = "wrote package.json, src/index.ts, fields.json (revision 1)";

describe("kintone-codegen with flags and environment variables", () => {
  it("generates one app from flags", async () => {
    const run = await runCli(
      [
        ...["--base-url", emulator.baseUrl, "--app", "1", "--out", "gen/everything"],
        ...["--api-token", fixtureTokens.everything, "--name", "@acme/everything"],
      ],
      { cwd },
    );
    expect(run).toEqual({
      code: 0,
      stdout: [`@acme/everything (app 1): gen/everything: ${generated}`],
      stderr: [],
    });
    const manifest = JSON.parse(
      await readFile(path.join(cwd, "gen/everything/package.json"), "utf8"),
    );
    expect(manifest).toMatchObject({
      name: "@acme/everything",
      kintone: { appId: "1", revision: "1" },
    });
  });

  it("takes the URL, a token and the guest space from the KINTONE_* variables", async () => {
    const run = await runCli(["--app", "3", "--out", "guest"], {
      cwd,
      env: {
        KINTONE_BASE_URL: emulator.baseUrl,
        KINTONE_API_TOKEN: fixtureTokens.guest,
        KINTONE_GUEST_SPACE_ID: "10",
      },
    });
    expect(run).toEqual({ code: 0, stdout: [`guest (app 3): guest: ${generated}`], stderr: [] });
  });

  it("signs in with KINTONE_USERNAME and KINTONE_PASSWORD, and reads preview fields", async () => {
    const run = await runCli(["--app", "2", "--out", "customers", "--preview"], {
      cwd,
      env: {
        KINTONE_BASE_URL: emulator.baseUrl,
        KINTONE_USERNAME: "admin",
        KINTONE_PASSWORD: "admin-pass",
      },
    });
    expect(run).toMatchObject({ code: 0, stderr: [] });
    const index = await readFile(path.join(cwd, "customers/src/index.ts"), "utf8");
    expect(index).toContain("from the pre-live field definitions of app 2");
  });

  it("prints the usage with --help", async () => {
    const run = await runCli(["--help"], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toBe(
      "Usage: kintone-codegen --base-url <url> --app <id> --out <dir> [options]",
    );
  });
});

describe("kintone-codegen with a config file", () => {
  const config = (baseUrl: string) => ({
    baseUrl,
    apps: [
      { name: "everything", app: 1, out: "gen/everything", apiTokenEnv: "EVERYTHING_TOKEN" },
      { name: "customers", app: 2, out: "gen/customers", apiTokenEnv: "CUSTOMERS_TOKEN" },
      { name: "guest", app: 3, out: "gen/guest", guestSpaceId: 10, apiTokenEnv: "GUEST_TOKEN" },
    ],
  });
  const env = {
    EVERYTHING_TOKEN: fixtureTokens.everything,
    CUSTOMERS_TOKEN: fixtureTokens.customers,
    GUEST_TOKEN: fixtureTokens.guest,
  };

  it("generates every app with a progress line each, then finds nothing to change", async () => {
    await writeFile(
      path.join(cwd, "kintone-codegen.config.json"),
      JSON.stringify(config(emulator.baseUrl)),
    );
    expect(await runCli([], { cwd, env })).toEqual({
      code: 0,
      stdout: [
        `[1/3] everything (app 1): gen/everything: ${generated}`,
        `[2/3] customers (app 2): gen/customers: ${generated}`,
        `[3/3] guest (app 3): gen/guest: ${generated}`,
      ],
      stderr: [],
    });
    const again = await runCli([], { cwd, env });
    expect(again.stdout).toEqual([
      "[1/3] everything (app 1): gen/everything: unchanged (revision 1)",
      "[2/3] customers (app 2): gen/customers: unchanged (revision 1)",
      "[3/3] guest (app 3): gen/guest: unchanged (revision 1)",
    ]);
    const offline = await runCli(["--from-snapshot"], { cwd });
    expect(offline).toEqual({ ...again, stdout: again.stdout });
  });

  it("goes on with the other apps when one fails, and exits 1", async () => {
    await writeFile(
      path.join(cwd, "kintone-codegen.config.json"),
      JSON.stringify(config(emulator.baseUrl)),
    );
    const run = await runCli([], { cwd, env: { ...env, CUSTOMERS_TOKEN: "wrong-token" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([
      `[1/3] everything (app 1): gen/everything: ${generated}`,
      `[3/3] guest (app 3): gen/guest: ${generated}`,
    ]);
    expect(run.stderr).toEqual([
      expect.stringMatching(
        /^kintone-codegen: \[2\/3\] customers \(app 2\): kintone answered \[400\] \[GAIA_IA02\] /,
      ),
    ]);
    expectNoSecret(run);
  });

  it("loads kintone-codegen.config.ts when Node.js can import TypeScript", async () => {
    const { apps } = config(emulator.baseUrl);
    const source = `export default ${JSON.stringify({ baseUrl: emulator.baseUrl, apps: [apps[1]] })} satisfies { apps: unknown[] };\n`;
    await writeFile(path.join(cwd, "kintone-codegen.config.ts"), source);
    const tsx = createRequire(import.meta.url).resolve("tsx");
    const run = await runCli([], { cwd, env, nodeOptions: ["--import", tsx] });
    expect(run).toEqual({
      code: 0,
      stdout: [`customers (app 2): gen/customers: ${generated}`],
      stderr: [],
    });
  });
});

describe("kintone-codegen --check", () => {
  const flags = [
    "--base-url",
    "",
    "--app",
    "1",
    "--out",
    "gen",
    "--api-token",
    fixtureTokens.everything,
  ];
  const args = () => flags.map((flag) => (flag === "" ? emulator.baseUrl : flag));

  it("exits 0 while the app matches the package, and 1 listing each drifted field", async () => {
    expect((await runCli(args(), { cwd })).code).toBe(0);
    expect(await runCli([...args(), "--check"], { cwd })).toEqual({
      code: 0,
      stdout: ["gen (app 1): gen: up to date"],
      stderr: [],
    });

    const admin = createClient({
      baseUrl: emulator.baseUrl,
      auth: { type: "apiToken", token: fixtureTokens.everything },
    });
    await admin.app.addFormFields({
      app: 1,
      properties: { region: { type: "SINGLE_LINE_TEXT", code: "region", label: "Region" } },
    });
    await admin.app.deleteFormFields({ app: 1, fields: ["site"] });
    await admin.app.updateFormFields({
      app: 1,
      properties: {
        channels: {
          type: "MULTI_SELECT",
          options: { web: { label: "web", index: "0" }, mail: { label: "mail", index: "1" } },
        },
      },
    });
    await admin.app.deployApp({ apps: [{ app: 1 }] });
    await waitForDeploy(admin);

    const drift = await runCli([...args(), "--check"], { cwd });
    expect(drift).toEqual({
      code: 1,
      stdout: [
        "gen (app 1): gen: 3 field(s) differ; run kintone-codegen without --check to update",
        '  changed "channels": options',
        '  added "region" (SINGLE_LINE_TEXT)',
        '  removed "site" (LINK)',
      ],
      stderr: [],
    });
    expect((await runCli(args(), { cwd })).code).toBe(0);
    expect((await runCli([...args(), "--check"], { cwd })).code).toBe(0);
  });

  it("fails when the package was never generated", async () => {
    const run = await runCli([...args(), "--check"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([expect.stringMatching(/gen\/fields\.json not found/)]);
  });
});

async function waitForDeploy(client: ReturnType<typeof createClient>): Promise<void> {
  for (;;) {
    const { apps } = await client.app.getDeployStatus({ apps: [1] });
    if (apps.every((app) => app.status === "SUCCESS")) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("kintone-codegen errors", () => {
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    await new Promise((resolve) => server.close(resolve));
    if (address === null || typeof address === "string") throw new Error("no port");
    return address.port;
  }

  const connection = (token: string) => [
    ...["--base-url", emulator.baseUrl, "--out", "gen", "--api-token", token],
  ];

  it.each([
    {
      name: "a wrong API token",
      args: () => [...connection("wrong-token"), "--app", "1"],
      code: 1,
      line: /^kintone-codegen: gen \(app 1\): kintone answered \[400\] \[GAIA_IA02\] /,
    },
    {
      name: "a wrong password",
      args: () => [
        ...["--base-url", emulator.baseUrl, "--out", "gen", "--app", "1"],
        ...["--username", "admin", "--password", "wrong-pass"],
      ],
      code: 1,
      line: /^kintone-codegen: gen \(app 1\): kintone answered \[401\] \[CB_WA01\] /,
    },
    {
      name: "an unknown app",
      args: () => [...connection(fixtureTokens.everything), "--app", "99"],
      code: 1,
      line: /^kintone-codegen: gen \(app 99\): kintone answered \[\d+\] \[(GAIA_AP01|GAIA_IA02)\] /,
    },
    {
      name: "an unreachable host",
      args: async () => [
        ...["--base-url", `http://127.0.0.1:${await closedPort()}`, "--out", "gen", "--app", "1"],
        ...["--api-token", fixtureTokens.everything],
      ],
      code: 1,
      line: /^kintone-codegen: gen \(app 1\): cannot reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)$/,
    },
    {
      name: "an invalid URL",
      args: () => [
        "--base-url",
        "example.cybozu.com",
        "--app",
        "1",
        "--out",
        "gen",
        "--api-token",
        "wrong-token",
      ],
      code: 2,
      line: /^kintone-codegen: --base-url is not a URL: expected https:\/\/<subdomain>\.cybozu\.com$/,
    },
    {
      name: "an unknown flag",
      args: () => ["--app", "1", "--out", "gen", "--apitoken", "wrong-token"],
      code: 2,
      line: /^kintone-codegen: unknown flag --apitoken \(see kintone-codegen --help\)$/,
    },
    {
      name: "missing credentials",
      args: () => ["--base-url", emulator.baseUrl, "--app", "1", "--out", "gen"],
      code: 2,
      line: /^kintone-codegen: no credentials: set KINTONE_API_TOKEN/,
    },
  ])("reports $name in one line without secrets", async ({ args, code, line }) => {
    const run = await runCli(await args(), { cwd });
    expect(run).toEqual({ code, stdout: [], stderr: [expect.stringMatching(line)] });
    expectNoSecret(run);
  });
});
