/** Validation messages keyed like kintone's `errors` map (`query`). */
export type QueryErrorDetails = Record<string, { messages: string[] }>;

/** A query kintone would reject, carrying kintone's error code, message and `errors` map. */
export class QueryError extends Error {
  readonly code: string;
  readonly errors: QueryErrorDetails | undefined;

  constructor(code: string, message: string, errors?: QueryErrorDetails) {
    super(message);
    this.name = "QueryError";
    this.code = code;
    this.errors = errors;
  }
}

type Entry = { code: string; message: string; errors?: QueryErrorDetails };

// English messages; GAIA_IQ11 and GAIA_QU01 are kintone's own wording, the others are modelled on
// kintone's Japanese messages (no English original found).
const catalog = {
  // Syntax errors: CB_VA01 with the reason under `query` (wording from kintone-labs' recorded responses).
  invalidQuery: (): Entry => ({
    code: "CB_VA01",
    message: "Missing or invalid input.",
    errors: { query: { messages: ["unsupported query format"] } },
  }),
  limitTooLarge: (): Entry => ({ code: "GAIA_QU01", message: "limit must be 500 or less." }),
  offsetTooLarge: (): Entry => ({ code: "GAIA_QU02", message: "offset must be 10,000 or less." }),
  unknownField: (code: string): Entry => ({
    code: "GAIA_IQ11",
    message: `Specified field (${code}) not found.`,
  }),
  operatorNotAllowed: (code: string, operator: string): Entry => ({
    code: "GAIA_IQ03",
    message: `The operator ${operator} cannot be used for the field type of the ${code} field.`,
  }),
  operatorNotAllowedInTable: (code: string, operator: string): Entry => ({
    code: "GAIA_IQ07",
    message: `Cannot load records. The operator ${operator} cannot be used for the field type of the ${code} field when it is in a table.`,
  }),
  optionNotFound: (code: string, option: string): Entry => ({
    code: "GAIA_IQ10",
    message: `The option "${option}" does not exist in the field (${code}).`,
  }),
  // chosen: kintone's code for sorting by an unsortable field is undocumented; IQ03 is its operator twin.
  notSortable: (code: string): Entry => ({
    code: "GAIA_IQ03",
    message: `The ${code} field cannot be used in order by.`,
  }),
} satisfies Record<string, (...args: never[]) => Entry>;

type QueryErrorKind = keyof typeof catalog;

/** Builds the QueryError kintone answers for a kind of mistake. */
export function queryError<K extends QueryErrorKind>(
  kind: K,
  ...args: Parameters<(typeof catalog)[K]>
): QueryError {
  const entry = (catalog[kind] as (...values: Parameters<(typeof catalog)[K]>) => Entry)(...args);
  return new QueryError(entry.code, entry.message, entry.errors);
}
