/** A mistake in how the command was called (flags, config file); the CLI exits with code 2. */
export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
}
