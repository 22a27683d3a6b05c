import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

const packageDir = new URL("..", import.meta.url).pathname;

/** A CLI process started from source (through tsx) and its base URL once it printed one. */
export type CliProcess = {
  child: ChildProcess;
  baseUrl: Promise<string>;
  exit: Promise<number | null>;
};

/** Starts `kintone-emulator` with arguments, from the package's source. */
export function spawnCli(args: string[]): CliProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: packageDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const baseUrl = new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once("line", (line) => resolve(line));
    child.once("exit", (code) =>
      reject(new Error(`CLI exited with ${code} before printing its URL`)),
    );
  });
  baseUrl.catch(() => {});
  return { child, baseUrl, exit };
}

/** Everything the process wrote to stderr, once it exits. */
export function stderrOf(cli: CliProcess): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    cli.child.stderr?.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    cli.child.once("exit", () => resolve(text));
  });
}
