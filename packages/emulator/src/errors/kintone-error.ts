import { randomBytes } from "node:crypto";

/** Validation messages keyed like kintone's `errors` map (`record.price.value`, `records[3].title.value`). */
export type ValidationErrors = Record<string, { messages: string[] }>;

/** The error body kintone answers every failed request with. */
export type KintoneErrorBody = {
  code: string;
  id: string;
  message: string;
  errors?: ValidationErrors;
};

/** A failed request, carrying kintone's HTTP status, error code and message. */
export class KintoneError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: ValidationErrors | undefined;

  constructor(status: number, code: string, message: string, errors?: ValidationErrors) {
    super(message);
    this.name = "KintoneError";
    this.status = status;
    this.code = code;
    this.errors = errors;
  }

  /** Renders the error in kintone's body format with a fresh request id. */
  toBody(): KintoneErrorBody {
    const body: KintoneErrorBody = { code: this.code, id: newErrorId(), message: this.message };
    if (this.errors) body.errors = this.errors;
    return body;
  }
}

/** A random request id shaped like kintone's (20 base64url characters). */
export function newErrorId(): string {
  return randomBytes(15).toString("base64url");
}
