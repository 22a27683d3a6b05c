import ts from "typescript";
import { describe, expect, it } from "vitest";
import { printDoc } from "./print-doc.js";

// The comment text TypeScript attaches to a declaration, with Markdown backslash escapes undone.
function readBack(doc: string): string {
  const source = ts.createSourceFile("x.ts", `${doc}type X = 1;`, ts.ScriptTarget.ES2022, true);
  const statement = source.statements[0];
  expect(source.statements).toHaveLength(1);
  if (statement === undefined) throw new Error("no statement");
  const [comment] = ts.getJSDocCommentsAndTags(statement);
  const text = comment && ts.isJSDoc(comment) ? ts.getTextOfJSDocComment(comment.comment) : "";
  return (text ?? "").replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

describe("printDoc", () => {
  const cases = [
    { given: "顧客名", want: "/** 顧客名 */\n" },
    { given: 'He said "hi"', want: '/** He said "hi" */\n' },
    { given: "ends */ here", want: "/** ends \\*\\/ here */\n" },
    { given: "a/*b", want: "/** a/\\*b */\n" },
    { given: "C:\\temp", want: "/** C:\\\\temp */\n" },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${ is what is tested
    { given: "`code` ${x}", want: "/** \\`code\\` ${x} */\n" },
    { given: "@param x", want: "/** \\@param x */\n" },
    {
      given: "*bold* _it_ <b> [a](b) # | ~ &amp;",
      want: "/** \\*bold\\* \\_it\\_ \\<b\\> \\[a\\](b) \\# \\| \\~ \\&amp; */\n",
    },
    {
      given: "bidi \u202e tab\t lone \ud800",
      want: "/** bidi \\u202e tab\\u0009 lone \\ud800 */\n",
    },
    { given: "first\nsecond", want: "/**\n * first\n * second\n */\n" },
    { given: "a\r\nb\u2028c", want: "/**\n * a\n * b\n * c\n */\n" },
  ];

  it.each(cases)("prints $given", ({ given, want }) => {
    expect(printDoc(given, "")).toBe(want);
  });

  it.each(cases.filter((entry) => !/[\r\n\u2028\u202e]/.test(entry.given)))(
    "keeps the comment closed and its text verbatim for $given",
    ({ given }) => {
      expect(readBack(printDoc(given, "  "))).toBe(given);
    },
  );

  it("indents every line", () => {
    expect(printDoc("a\nb", "    ")).toBe("    /**\n     * a\n     * b\n     */\n");
  });
});
