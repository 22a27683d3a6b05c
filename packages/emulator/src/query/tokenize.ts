import { queryError } from "./query-error.js";

/** A lexical unit of a kintone query. */
export type Token =
  | { type: "word"; text: string }
  | { type: "string"; value: string }
  | { type: "number"; text: string }
  | { type: "symbol"; text: QuerySymbol }
  | { type: "end" };

/** Punctuation and comparison operators. */
export type QuerySymbol = "=" | "!=" | "<" | "<=" | ">" | ">=" | "(" | ")" | "," | ".";

const whitespace = /[ \t\r\n]+/y;
const numberLiteral = /-?[0-9]+(?:\.[0-9]+)?/y;
// Field codes: letters of any script, digits, "_", "・", "＄", "￥"; "$" starts $id / $revision.
const word = /[\p{L}\p{N}_・＄￥$]+/uy;
const symbols: readonly QuerySymbol[] = ["!=", "<=", ">=", "=", "<", ">", "(", ")", ",", "."];
const escapable = new Set(['"', "\\"]);

/** Splits a query into tokens; throws the CB_VA01 QueryError on malformed input. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < query.length) {
    const { token, next } = readToken(query, index);
    if (token) tokens.push(token);
    index = next;
  }
  tokens.push({ type: "end" });
  return tokens;
}

// Whitespace yields no token, only the index after it.
function readToken(query: string, index: number): { token?: Token; next: number } {
  if (query.charAt(index) === '"') {
    const { value, next } = readString(query, index + 1);
    return { token: { type: "string", value }, next };
  }
  const space = matchAt(whitespace, query, index);
  if (space !== undefined) return { next: index + space.length };
  const number = matchAt(numberLiteral, query, index);
  if (number !== undefined) {
    return { token: { type: "number", text: number }, next: index + number.length };
  }
  const text = matchAt(word, query, index);
  if (text !== undefined) return { token: { type: "word", text }, next: index + text.length };
  const symbol = symbolAt(query, index);
  return { token: { type: "symbol", text: symbol }, next: index + symbol.length };
}

function matchAt(pattern: RegExp, query: string, index: number): string | undefined {
  pattern.lastIndex = index;
  return pattern.exec(query)?.[0];
}

function readString(query: string, start: number): { value: string; next: number } {
  let value = "";
  let index = start;
  while (index < query.length) {
    const character = query.charAt(index);
    if (character === '"') return { value, next: index + 1 };
    // kintone rejects raw tabs and line breaks inside string literals.
    if (character === "\t" || character === "\n" || character === "\r") {
      throw queryError("invalidQuery");
    }
    if (character === "\\") {
      const escaped = query.charAt(index + 1);
      if (!escapable.has(escaped)) throw queryError("invalidQuery");
      value += escaped;
      index += 2;
    } else {
      value += character;
      index += 1;
    }
  }
  throw queryError("invalidQuery");
}

function symbolAt(query: string, index: number): QuerySymbol {
  const symbol = symbols.find((candidate) => query.startsWith(candidate, index));
  if (symbol === undefined) throw queryError("invalidQuery");
  return symbol;
}
