#!/usr/bin/env node
import { CliUsageError, parseCliArgs } from "./cli/parse-cli-args.js";
import { startEmulator } from "./emulator/start-emulator.js";

try {
  const options = parseCliArgs(process.argv.slice(2));
  const emulator = await startEmulator({
    port: options.port,
    host: options.host,
    seed: options.seed,
    dataDir: options.dataDir,
  });
  process.stdout.write(`${emulator.baseUrl}\n`);
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  process.stderr.write(
    `kintone-emulator: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(error instanceof CliUsageError ? 2 : 1);
}
