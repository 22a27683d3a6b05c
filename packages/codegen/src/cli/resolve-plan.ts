import path from "node:path";
import type { Auth } from "@kintone-typed/client";
import type { AppConfig } from "../config.js";
import { CliUsageError } from "./cli-usage-error.js";
import { findConfigFile, loadConfig } from "./load-config.js";
import type { CliFlags } from "./parse-args.js";

/** The environment variables read as defaults (the names kintone's own CLIs use). */
export const envNames = {
  baseUrl: "KINTONE_BASE_URL",
  apiToken: "KINTONE_API_TOKEN",
  username: "KINTONE_USERNAME",
  password: "KINTONE_PASSWORD",
  guestSpaceId: "KINTONE_GUEST_SPACE_ID",
} as const;

/** How to reach kintone for one app, and the secrets that must never be printed. */
export type Connection = {
  baseUrl: string;
  auth: Auth;
  guestSpaceId: string | undefined;
  secrets: string[];
};

/** One app to generate from kintone, check against kintone, or regenerate offline from its snapshot. */
export type AppJob = {
  /** How progress lines name the app, such as `deals (app 1)`. */
  label: string;
  name: string | undefined;
  outDir: string;
} & (
  | { action: "generate" | "check"; app: string; preview: boolean; connection: Connection }
  | { action: "snapshot" }
);

type Env = Readonly<Record<string, string | undefined>>;

/** Combines flags, the config file and the environment into jobs (flags win, then config, then env). */
export async function resolvePlan(flags: CliFlags, cwd: string, env: Env): Promise<AppJob[]> {
  if (flags.check && flags.fromSnapshot)
    throw new CliUsageError(
      "--check compares with kintone; it cannot be combined with --from-snapshot",
    );
  const action = flags.check ? "check" : "generate";
  if (flags.app !== undefined || flags.out !== undefined) {
    if (flags.out === undefined) throw new CliUsageError("--out <dir> is required with --app");
    const outDir = path.resolve(cwd, flags.out);
    if (flags.fromSnapshot)
      return [{ label: flags.name ?? flags.out, name: flags.name, outDir, action: "snapshot" }];
    if (flags.app === undefined)
      throw new CliUsageError("--app <id> is required (or --from-snapshot to regenerate offline)");
    const app = checkId(flags.app, "--app");
    const connection = connect(flags, undefined, undefined, env);
    const label = `${flags.name ?? flags.out} (app ${app})`;
    return [{ label, name: flags.name, outDir, action, app, preview: flags.preview, connection }];
  }
  const file = await findConfigFile(cwd, flags.config);
  if (file === undefined)
    throw new CliUsageError(
      "nothing to do: give --app <id> --out <dir>, or write kintone-codegen.config.json (see --help)",
    );
  const { config } = await loadConfig(file);
  return config.apps.map((entry, index): AppJob => {
    const app = checkId(String(entry.app), `${path.basename(file)}: apps[${index}].app`);
    const common = {
      label: `${entry.name} (app ${app})`,
      name: entry.name,
      outDir: path.resolve(path.dirname(file), entry.out),
    };
    if (flags.fromSnapshot) return { ...common, action: "snapshot" };
    const preview = flags.preview || entry.preview === true;
    const connection = connect(flags, config.baseUrl, entry, env);
    return { ...common, action, app, preview, connection };
  });
}

function connect(
  flags: CliFlags,
  configBaseUrl: string | undefined,
  entry: AppConfig | undefined,
  env: Env,
): Connection {
  const [baseUrl, baseUrlSource] =
    flags.baseUrl !== undefined
      ? [flags.baseUrl, "--base-url"]
      : configBaseUrl !== undefined
        ? [configBaseUrl, "the config's baseUrl"]
        : [env[envNames.baseUrl], envNames.baseUrl];
  if (!baseUrl)
    throw new CliUsageError(`no kintone URL: give --base-url or set ${envNames.baseUrl}`);
  const guestSpace = flags.guestSpaceId ?? entry?.guestSpaceId ?? env[envNames.guestSpaceId];
  return {
    baseUrl: checkBaseUrl(baseUrl, baseUrlSource),
    ...authenticate(flags, entry, env),
    guestSpaceId:
      guestSpace === undefined || guestSpace === ""
        ? undefined
        : checkId(String(guestSpace), "the guest space ID"),
  };
}

// Explicit flags first, then the app's own token variable, then the KINTONE_* variables.
function authenticate(
  flags: CliFlags,
  entry: AppConfig | undefined,
  env: Env,
): { auth: Auth; secrets: string[] } {
  const token =
    flags.apiToken ??
    (flags.username === undefined && entry?.apiTokenEnv !== undefined
      ? env[entry.apiTokenEnv]
      : undefined) ??
    (flags.username === undefined ? env[envNames.apiToken] : undefined);
  if (token) {
    const tokens = token.split(",").map((part) => part.trim());
    if (tokens.some((part) => part === "")) throw new CliUsageError("an API token is empty");
    return { auth: { type: "apiToken", token: tokens }, secrets: tokens };
  }
  const username = flags.username ?? env[envNames.username];
  const password = flags.password ?? env[envNames.password];
  if (username && password)
    return {
      auth: { type: "password", username, password },
      secrets: [password, Buffer.from(`${username}:${password}`).toString("base64")],
    };
  const tokenEnv = entry?.apiTokenEnv ?? envNames.apiToken;
  throw new CliUsageError(
    `no credentials: set ${tokenEnv} (or --api-token), or ${envNames.username} and ${envNames.password}`,
  );
}

function checkBaseUrl(value: string, source: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // The value is not echoed: a mistyped flag may have put a secret here.
    throw new CliUsageError(`${source} is not a URL: expected https://<subdomain>.cybozu.com`);
  }
  if (url.username !== "" || url.password !== "")
    throw new CliUsageError(`${source} must not contain credentials`);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local))
    throw new CliUsageError(
      `${source} must use https (http only for localhost), got ${url.protocol}//${url.host}`,
    );
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "")
    throw new CliUsageError(
      `${source} must be the domain only, such as https://example.cybozu.com (got ${url.origin}${url.pathname})`,
    );
  return url.origin;
}

function checkId(value: string, source: string): string {
  if (!/^[1-9][0-9]*$/.test(value))
    throw new CliUsageError(`${source} must be a positive integer, got ${JSON.stringify(value)}`);
  return value;
}
