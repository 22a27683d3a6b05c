/** What the command line asks for. */
export type CliOptions = {
  port: number;
  host: string;
  seed: string | undefined;
  dataDir: string | undefined;
};

/** A command-line mistake, reported in one line with exit code 2. */
export class CliUsageError extends Error {}

const valueFlags = {
  "--port": (options: CliOptions, value: string) => {
    const port = Number(value);
    if (!/^\d+$/.test(value) || port > 65535)
      throw new CliUsageError(`--port must be a port number (0-65535), got "${value}"`);
    options.port = port;
  },
  "--host": (options: CliOptions, value: string) => {
    options.host = value;
  },
  "--seed": (options: CliOptions, value: string) => {
    options.seed = value;
  },
  "--data": (options: CliOptions, value: string) => {
    options.dataDir = value;
  },
} satisfies Record<string, (options: CliOptions, value: string) => void>;

const isFlag = (name: string): name is keyof typeof valueFlags => Object.hasOwn(valueFlags, name);

/** Parses `--port <n> --host <h> --seed <file> --data <dir>` (also `--flag=value`). */
export function parseCliArgs(args: readonly string[]): CliOptions {
  const options: CliOptions = { port: 0, host: "127.0.0.1", seed: undefined, dataDir: undefined };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    const [name = "", inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (!isFlag(name))
      throw new CliUsageError(`unknown flag "${name}" (expected --port, --host, --seed, --data)`);
    const value = inline ?? args[++index];
    if (value === undefined || value === "") throw new CliUsageError(`${name} needs a value`);
    valueFlags[name](options, value);
  }
  return options;
}
