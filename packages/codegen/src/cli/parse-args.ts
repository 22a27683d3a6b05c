import { parseArgs } from "node:util";
import { CliUsageError } from "./cli-usage-error.js";

/** The command-line flags, as given. */
export type CliFlags = {
  baseUrl?: string;
  app?: string;
  out?: string;
  name?: string;
  apiToken?: string;
  username?: string;
  password?: string;
  guestSpaceId?: string;
  config?: string;
  preview: boolean;
  check: boolean;
  fromSnapshot: boolean;
  help: boolean;
  version: boolean;
};

const valueFlags = {
  "base-url": "baseUrl",
  app: "app",
  out: "out",
  name: "name",
  "api-token": "apiToken",
  username: "username",
  password: "password",
  "guest-space-id": "guestSpaceId",
  config: "config",
} as const satisfies Record<string, keyof CliFlags>;

const switchFlags = {
  preview: "preview",
  check: "check",
  "from-snapshot": "fromSnapshot",
  help: "help",
  version: "version",
} as const satisfies Record<string, keyof CliFlags>;

/** The usage text of `kintone-codegen --help`. */
export const usage = `Usage: kintone-codegen --base-url <url> --app <id> --out <dir> [options]
       kintone-codegen [--config <file>]     (every app of kintone-codegen.config.json)

Generates a package of record types for a kintone app from its field definitions.

  --base-url <url>         https://<subdomain>.cybozu.com (env KINTONE_BASE_URL)
  --app <id>               the app ID
  --out <dir>              the package folder to write
  --name <name>            the package name (default kintone-app-<id>)
  --api-token <t>[,<t>]    API token(s) (env KINTONE_API_TOKEN)
  --username <u>           password authentication (env KINTONE_USERNAME)
  --password <p>           (env KINTONE_PASSWORD)
  --guest-space-id <n>     the app lives in this guest space (env KINTONE_GUEST_SPACE_ID)
  --preview                read the pre-live (preview) field definitions
  --check                  compare the app with the generated package; exit 1 on drift
  --from-snapshot          regenerate from the package's fields.json, offline
  --config <file>          a config file listing apps (default kintone-codegen.config.json or .ts)
  --help, --version`;

/** Parses the command line; unknown flags, missing values and values given to switches are usage errors. */
export function parseCliArgs(args: readonly string[]): CliFlags {
  const { tokens } = parseArgs({
    args: [...args],
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: Object.fromEntries([
      ...Object.keys(valueFlags).map((name) => [name, { type: "string" as const }]),
      ...Object.keys(switchFlags).map((name) => [name, { type: "boolean" as const }]),
    ]),
  });
  const flags: CliFlags = {
    preview: false,
    check: false,
    fromSnapshot: false,
    help: false,
    version: false,
  };
  for (const token of tokens) {
    // The argument itself is not echoed: it may be a misplaced password.
    if (token.kind === "positional")
      throw new CliUsageError(`unexpected argument #${token.index + 1}: flags start with --`);
    if (token.kind !== "option") continue;
    const { name, rawName } = token;
    if (isValueFlag(name)) {
      if (!token.value || (!token.inlineValue && token.value.startsWith("--")))
        throw new CliUsageError(`${rawName} needs a value`);
      flags[valueFlags[name]] = token.value;
    } else if (isSwitchFlag(name)) {
      if (token.inlineValue) throw new CliUsageError(`${rawName} takes no value`);
      flags[switchFlags[name]] = true;
    } else {
      throw new CliUsageError(`unknown flag ${token.rawName} (see kintone-codegen --help)`);
    }
  }
  return flags;
}

function isValueFlag(name: string): name is keyof typeof valueFlags {
  return Object.hasOwn(valueFlags, name);
}

function isSwitchFlag(name: string): name is keyof typeof switchFlags {
  return Object.hasOwn(switchFlags, name);
}
