import { KintoneRestAPIError } from "@kintone-typed/client";

const succeeded = Symbol("succeeded");

/** The KintoneRestAPIError a call rejects with; throws when the call succeeds or fails otherwise. */
export async function kintoneError(call: Promise<unknown>): Promise<KintoneRestAPIError> {
  const outcome = await call.then(
    () => succeeded,
    (reason: unknown) => reason,
  );
  if (outcome instanceof KintoneRestAPIError) return outcome;
  throw new Error(
    outcome === succeeded
      ? "Expected a KintoneRestAPIError, but the call succeeded"
      : `Expected a KintoneRestAPIError, but the call failed with ${String(outcome)}`,
  );
}
