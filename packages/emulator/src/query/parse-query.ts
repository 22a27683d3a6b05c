import type {
  ArgumentNode,
  ConditionNode,
  ExpressionNode,
  OrderNode,
  QueryNode,
  ValueNode,
} from "./ast.js";
import { type Operator, operatorSpecs } from "./operators.js";
import { queryError } from "./query-error.js";
import { type QuerySymbol, type Token, tokenize } from "./tokenize.js";

const comparisonSymbols: ReadonlySet<QuerySymbol> = new Set(["=", "!=", "<", "<=", ">", ">="]);
const clauseKeywords: ReadonlySet<string> = new Set(["order", "limit", "offset"]);

/** Parses a query into its AST; throws the CB_VA01 QueryError on a syntax error. */
export function parseQuery(query: string): QueryNode {
  return new Parser(tokenize(query)).query();
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  query(): QueryNode {
    const where = this.atEnd() || this.atClause() ? undefined : this.expression();
    const orderBy = this.acceptKeyword("order") ? this.orderBy() : [];
    const limit = this.acceptKeyword("limit") ? this.count() : undefined;
    const offset = this.acceptKeyword("offset") ? this.count() : undefined;
    if (!this.atEnd()) throw queryError("invalidQuery");
    return { where, orderBy, limit, offset };
  }

  private expression(): ExpressionNode {
    const first = this.conjunction();
    const operands = [first];
    while (this.acceptKeyword("or")) operands.push(this.conjunction());
    return operands.length === 1 ? first : { type: "or", operands };
  }

  private conjunction(): ExpressionNode {
    const first = this.primary();
    const operands = [first];
    while (this.acceptKeyword("and")) operands.push(this.primary());
    return operands.length === 1 ? first : { type: "and", operands };
  }

  private primary(): ExpressionNode {
    if (!this.acceptSymbol("(")) return this.condition();
    const inner = this.expression();
    this.expectSymbol(")");
    return inner;
  }

  private condition(): ConditionNode {
    const path = this.path();
    const operator = this.operator();
    const shape = operatorSpecs[operator].operands;
    const values = shape === "list" ? this.list() : shape === "value" ? [this.value()] : [];
    return { type: "condition", path, operator, values };
  }

  private operator(): Operator {
    const token = this.next();
    if (token.type === "symbol" && comparisonSymbols.has(token.text)) return token.text as Operator;
    const word = token.type === "word" ? token.text.toLowerCase() : "";
    if (word === "in" || word === "like") return word;
    if (word === "not" && this.acceptKeyword("in")) return "not in";
    if (word === "not" && this.acceptKeyword("like")) return "not like";
    if (word === "is") {
      const negated = this.acceptKeyword("not");
      this.expectKeyword("empty");
      return negated ? "is not empty" : "is empty";
    }
    throw queryError("invalidQuery");
  }

  private list(): ValueNode[] {
    this.expectSymbol("(");
    const values = [this.value()];
    while (this.acceptSymbol(",")) values.push(this.value());
    this.expectSymbol(")");
    return values;
  }

  private value(): ValueNode {
    const token = this.next();
    if (token.type === "string") return { type: "string", value: token.value };
    if (token.type === "number") return { type: "number", text: token.text };
    if (token.type !== "word") throw queryError("invalidQuery");
    this.expectSymbol("(");
    const args: ArgumentNode[] = [];
    if (!this.acceptSymbol(")")) {
      args.push(this.argument());
      while (this.acceptSymbol(",")) args.push(this.argument());
      this.expectSymbol(")");
    }
    return { type: "call", name: token.text, args };
  }

  private argument(): ArgumentNode {
    const token = this.next();
    if (token.type === "number") return { type: "number", text: token.text };
    if (token.type === "word") return { type: "word", name: token.text };
    if (token.type === "string") return { type: "string", value: token.value };
    throw queryError("invalidQuery");
  }

  private orderBy(): OrderNode[] {
    this.expectKeyword("by");
    const keys = [this.orderKey()];
    while (this.acceptSymbol(",")) keys.push(this.orderKey());
    return keys;
  }

  private orderKey(): OrderNode {
    const path = this.path();
    if (this.acceptKeyword("asc")) return { path, direction: "asc" };
    this.acceptKeyword("desc");
    // kintone sorts descending when the direction is omitted (kintone developer community).
    return { path, direction: "desc" };
  }

  private path(): string[] {
    const parts = [this.word()];
    while (this.acceptSymbol(".")) parts.push(this.word());
    return parts;
  }

  private word(): string {
    const token = this.next();
    if (token.type !== "word") throw queryError("invalidQuery");
    return token.text;
  }

  private count(): number {
    const token = this.next();
    if (token.type !== "number" || !/^[0-9]+$/.test(token.text)) throw queryError("invalidQuery");
    return Number(token.text);
  }

  private next(): Token {
    const token = this.tokens[this.index] ?? { type: "end" };
    if (token.type !== "end") this.index += 1;
    return token;
  }

  private peek(): Token {
    return this.tokens[this.index] ?? { type: "end" };
  }

  private atEnd(): boolean {
    return this.peek().type === "end";
  }

  private atClause(): boolean {
    const token = this.peek();
    return token.type === "word" && clauseKeywords.has(token.text.toLowerCase());
  }

  private acceptKeyword(keyword: string): boolean {
    const token = this.peek();
    if (token.type !== "word" || token.text.toLowerCase() !== keyword) return false;
    this.index += 1;
    return true;
  }

  private expectKeyword(keyword: string): void {
    if (!this.acceptKeyword(keyword)) throw queryError("invalidQuery");
  }

  private acceptSymbol(symbol: QuerySymbol): boolean {
    const token = this.peek();
    if (token.type !== "symbol" || token.text !== symbol) return false;
    this.index += 1;
    return true;
  }

  private expectSymbol(symbol: QuerySymbol): void {
    if (!this.acceptSymbol(symbol)) throw queryError("invalidQuery");
  }
}
