import ts from "typescript";
import { describe, expect, it } from "vitest";
import { printString } from "./print-string.js";

// What TypeScript's own scanner reads back from a literal.
function scan(literal: string): string {
  const scanner = ts.createScanner(
    ts.ScriptTarget.ES2022,
    false,
    ts.LanguageVariant.Standard,
    literal,
  );
  expect(scanner.scan()).toBe(ts.SyntaxKind.StringLiteral);
  expect(scanner.scan()).toBe(ts.SyntaxKind.EndOfFileToken);
  return scanner.getTokenValue();
}

describe("printString", () => {
  const cases = [
    { given: "plain", want: '"plain"' },
    { given: 'say "hi"', want: `'say "hi"'` },
    { given: `it's "x" and "y"`, want: `'it\\'s "x" and "y"'` },
    { given: "it's", want: `"it's"` },
    { given: "one \" one '", want: `"one \\" one '"` },
    { given: "C:\\temp", want: '"C:\\\\temp"' },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${ is what is tested
    { given: "`tick` ${x}", want: '"`tick` ${x}"' },
    { given: "ends */ here", want: '"ends */ here"' },
    { given: "a\nb\r\nc\td", want: '"a\\nb\\r\\nc\\td"' },
    { given: "line\u2028para\u2029", want: '"line\\u2028para\\u2029"' },
    { given: "bidi\u202eevil", want: '"bidi\\u202eevil"' },
    { given: "nul\u0000del\u007f", want: '"nul\\u0000del\\u007f"' },
    { given: "lone \ud800 surrogate", want: '"lone \\ud800 surrogate"' },
    { given: "tag \u{e0041}", want: '"tag \\u{e0041}"' },
    { given: "顧客名 😀", want: '"顧客名 😀"' },
  ];

  it.each(cases)("prints $given as $want", ({ given, want }) => {
    expect(printString(given)).toBe(want);
  });

  it.each(cases)("prints a literal TypeScript reads back as $given", ({ given }) => {
    expect(scan(printString(given))).toBe(given);
  });
});
