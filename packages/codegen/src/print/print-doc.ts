import { unicodeEscape } from "./print-string.js";

// CommonMark backslash escapes for the ASCII punctuation that editors' Markdown rendering or JSDoc
// tags would interpret, plus a `/` right after `*` so the text can never close the comment.
const special = /[\\`*_~[\]<>&@#|]|(?<=\*)\//g;
const lineBreak = /\r\n|[\r\n\u2028\u2029]/;
// Other controls, invisible format characters (such as bidi overrides) and lone surrogates are shown as escapes.
const invisible = /(?![\r\n])[\p{Cc}\p{Cf}]|\p{Cs}/gu;

/** Escapes text for a JSDoc comment so that editors show it verbatim. */
export function escapeDoc(text: string): string {
  return text.replace(special, (character) => `\\${character}`).replace(invisible, unicodeEscape);
}

/** Prints a JSDoc comment (ending with a line break) at the given indentation. */
export function printDoc(text: string, indent: string): string {
  const lines = escapeDoc(text).split(lineBreak);
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  const body = lines.map((line) =>
    line.trim() === "" ? `${indent} *` : `${indent} * ${line.trimEnd()}`,
  );
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}
