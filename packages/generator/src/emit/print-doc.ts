import type { SchemaNode } from "../build/ir.js";

// Constraints worth repeating in editors, with how they read in a doc comment.
const constraintNotes = {
  maxItems: (value) => `At most ${value} items.`,
  minItems: (value) => `At least ${value} items.`,
  maximum: (value) => `At most ${value}.`,
  minimum: (value) => `At least ${value}.`,
  maxLength: (value) => `At most ${value} characters.`,
  minLength: (value) => `At least ${value} characters.`,
  pattern: (value) => `Pattern: \`${value}\`.`,
  default: (value) => `Default: \`${JSON.stringify(value)}\`.`,
} satisfies Record<string, (value: unknown) => string>;

/** Builds the JSDoc text for a schema or parameter: its description, notable constraints and deprecation. */
export function buildDocText(
  schema: SchemaNode,
  description = schema.description,
): string | undefined {
  const notes = Object.entries(constraintNotes).flatMap(([keyword, note]) =>
    schema[keyword] === undefined ? [] : [note(schema[keyword])],
  );
  const parts = [description?.trim(), notes.join(" ")].filter((part): part is string =>
    Boolean(part),
  );
  if (schema.deprecated) parts.push("@deprecated");
  return parts.length === 0 ? undefined : escapeDoc(parts.join("\n\n"));
}

/** Makes text safe inside a `/** ... *\/` comment. */
export function escapeDoc(text: string): string {
  return text.replaceAll("*/", "*\\/");
}
