import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/** Runs `node <args>` in `cwd` and returns its standard output; fails with the child's output when it exits non-zero. */
export async function runNode(args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await execFileAsync(process.execPath, args, {
      cwd,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const output =
      error instanceof Error && "stdout" in error && "stderr" in error
        ? `${String(error.stdout)}${String(error.stderr)}`.trim()
        : String(error);
    throw new Error(`node ${args.join(" ")} failed in ${cwd}:\n${output}`);
  }
}
