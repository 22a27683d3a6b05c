const named: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
  "\v": "\\v",
};

// Characters written as escapes: backslashes, line breaks and other controls, invisible format
// characters (such as bidi overrides), line and paragraph separators, and lone surrogates, so the
// source shows exactly what the string holds.
const escaped = /[\\\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;

/**
 * Prints a TypeScript string literal that evaluates to exactly `value`. Like the repository's
 * formatter, it uses double quotes unless single quotes need fewer escapes.
 */
export function printString(value: string): string {
  const doubles = value.split('"').length - 1;
  const singles = value.split("'").length - 1;
  const quote = doubles > singles ? "'" : '"';
  const body = value
    .replace(escaped, (character) => named[character] ?? unicodeEscape(character))
    .replaceAll(quote, `\\${quote}`);
  return `${quote}${body}${quote}`;
}

/** Writes one character as a `\uXXXX` (or `\u{...}`) escape. */
export function unicodeEscape(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
