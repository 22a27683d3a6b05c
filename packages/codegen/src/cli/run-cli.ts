import path from "node:path";
import { createClient, type KintoneClient } from "@kintone-typed/client";
import { describeChange } from "../check/diff-definitions.js";
import { checkPackage, type DefinitionSource, generatePackage } from "../generate-package.js";
import { readGeneratorInfo } from "../generator-info.js";
import { CliUsageError } from "./cli-usage-error.js";
import { describeError } from "./describe-error.js";
import { parseCliArgs, usage } from "./parse-args.js";
import { type AppJob, type Connection, resolvePlan } from "./resolve-plan.js";

/** Where the CLI reads its environment and writes its lines. */
export type CliIo = {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
};

/**
 * Runs `kintone-codegen` and returns the exit code: 0 done, 1 when an app failed or drifted,
 * 2 for usage errors. Progress goes to stdout, one line per app; errors to stderr, one line each.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let jobs: AppJob[];
  try {
    const flags = parseCliArgs(args);
    if (flags.help) {
      io.stdout(usage);
      return 0;
    }
    if (flags.version) {
      io.stdout(readGeneratorInfo().generator);
      return 0;
    }
    jobs = await resolvePlan(flags, io.cwd, io.env);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.stderr(`kintone-codegen: ${error.message}`);
    return 2;
  }
  let exitCode = 0;
  for (const [index, job] of jobs.entries()) {
    const prefix = jobs.length > 1 ? `[${index + 1}/${jobs.length}] ` : "";
    try {
      const ok = await runJob(job, `${prefix}${job.label}`, io);
      if (!ok) exitCode = 1;
    } catch (error) {
      const connection = job.action === "snapshot" ? undefined : job.connection;
      const reason = describeError(error, connection?.baseUrl, connection?.secrets ?? []);
      io.stderr(`kintone-codegen: ${prefix}${job.label}: ${reason}`);
      exitCode = 1;
    }
  }
  return exitCode;
}

// Returns false when --check found drift.
async function runJob(job: AppJob, label: string, io: CliIo): Promise<boolean> {
  const out = path.relative(io.cwd, job.outDir) || ".";
  if (job.action === "check") {
    const changes = await checkPackage({
      outDir: job.outDir,
      client: clientFor(job.connection),
      app: job.app,
      preview: job.preview,
    });
    if (changes.length === 0) {
      io.stdout(`${label}: ${out}: up to date`);
      return true;
    }
    io.stdout(
      `${label}: ${out}: ${changes.length} field(s) differ; run kintone-codegen without --check to update`,
    );
    for (const change of changes) io.stdout(`  ${describeChange(change)}`);
    return false;
  }
  const source: DefinitionSource =
    job.action === "snapshot"
      ? { snapshot: true }
      : { client: clientFor(job.connection), app: job.app, preview: job.preview };
  const result = await generatePackage({ outDir: job.outDir, name: job.name, source });
  io.stdout(
    `${label}: ${out}: ${result.written.length === 0 ? "unchanged" : `wrote ${result.written.join(", ")}`} (revision ${result.definitions.revision})`,
  );
  return true;
}

function clientFor(connection: Connection): KintoneClient {
  return createClient({
    baseUrl: connection.baseUrl,
    auth: connection.auth,
    guestSpaceId: connection.guestSpaceId,
    retry: { maxRetries: 2 },
  });
}
