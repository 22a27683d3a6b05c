/** A response the spec does not describe: an unknown operation, status or media type, or a body that does not fit its schema. */
export class SpecViolationError extends Error {
  override readonly name = "SpecViolationError";
}
