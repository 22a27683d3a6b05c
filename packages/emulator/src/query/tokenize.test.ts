import { describe, expect, it } from "vitest";
import { QueryError } from "./query-error.js";
import { type Token, tokenize } from "./tokenize.js";

const word = (text: string): Token => ({ type: "word", text });
const symbol = (text: Extract<Token, { type: "symbol" }>["text"]): Token => ({
  type: "symbol",
  text,
});
const end: Token = { type: "end" };

describe("tokenize", () => {
  it.each<{ given: string; want: Token[] }>([
    { given: "", want: [end] },
    { given: "  \t\n ", want: [end] },
    {
      given: 'title = "a b"',
      want: [word("title"), symbol("="), { type: "string", value: "a b" }, end],
    },
    {
      given: 'title="x"',
      want: [word("title"), symbol("="), { type: "string", value: "x" }, end],
    },
    {
      given: String.raw`title = "say \"hi\" \\ ok"`,
      want: [word("title"), symbol("="), { type: "string", value: 'say "hi" \\ ok' }, end],
    },
    { given: '""', want: [{ type: "string", value: "" }, end] },
    {
      given: "price >= -1.5",
      want: [word("price"), symbol(">="), { type: "number", text: "-1.5" }, end],
    },
    {
      given: "a!=1 b<=2 c<3 d>4",
      want: [
        word("a"),
        symbol("!="),
        { type: "number", text: "1" },
        word("b"),
        symbol("<="),
        { type: "number", text: "2" },
        word("c"),
        symbol("<"),
        { type: "number", text: "3" },
        word("d"),
        symbol(">"),
        { type: "number", text: "4" },
        end,
      ],
    },
    {
      given: "$id in (1,2)",
      want: [
        word("$id"),
        word("in"),
        symbol("("),
        { type: "number", text: "1" },
        symbol(","),
        { type: "number", text: "2" },
        symbol(")"),
        end,
      ],
    },
    {
      given: "文字列__1行_ like Company.Name",
      want: [word("文字列__1行_"), word("like"), word("Company"), symbol("."), word("Name"), end],
    },
    { given: "ＡＢ・＄￥1", want: [word("ＡＢ・＄￥1"), end] },
    {
      given: "FROM_TODAY(-3, DAYS)",
      want: [
        word("FROM_TODAY"),
        symbol("("),
        { type: "number", text: "-3" },
        symbol(","),
        word("DAYS"),
        symbol(")"),
        end,
      ],
    },
  ])("tokenizes $given", ({ given, want }) => {
    expect(tokenize(given)).toEqual(want);
  });

  it.each([
    { given: '"unterminated' },
    { given: '"tab\tinside"' },
    { given: '"line\nbreak"' },
    { given: String.raw`"bad \n escape"` },
    { given: String.raw`"trailing \"` },
    { given: "a ! b" },
    { given: "a # b" },
    { given: "price > 1 ; drop" },
  ])("rejects $given with CB_VA01", ({ given }) => {
    expect(() => tokenize(given)).toThrow(QueryError);
    expect(() => tokenize(given)).toThrow(expect.objectContaining({ code: "CB_VA01" }));
  });
});
