import { describe, expect, it } from "vitest";
import type { ConditionNode, ExpressionNode, QueryNode } from "./ast.js";
import { parseQuery } from "./parse-query.js";

const condition = (
  field: string,
  operator: ConditionNode["operator"],
  ...values: ConditionNode["values"]
): ConditionNode => ({ type: "condition", path: field.split("."), operator, values });
const text = (value: string) => ({ type: "string", value }) as const;
const number = (value: string) => ({ type: "number", text: value }) as const;
const where = (expression: ExpressionNode | undefined): QueryNode => ({
  where: expression,
  orderBy: [],
  limit: undefined,
  offset: undefined,
});

describe("parseQuery", () => {
  it.each<{ given: string; want: QueryNode }>([
    { given: "", want: where(undefined) },
    { given: 'a = "x"', want: where(condition("a", "=", text("x"))) },
    { given: "a != 1", want: where(condition("a", "!=", number("1"))) },
    { given: "a < 1", want: where(condition("a", "<", number("1"))) },
    { given: "a <= 1", want: where(condition("a", "<=", number("1"))) },
    { given: "a > 1", want: where(condition("a", ">", number("1"))) },
    { given: "a >= 1", want: where(condition("a", ">=", number("1"))) },
    { given: 'a in ("x", "y")', want: where(condition("a", "in", text("x"), text("y"))) },
    { given: 'a not in ("x")', want: where(condition("a", "not in", text("x"))) },
    { given: 'a like "x"', want: where(condition("a", "like", text("x"))) },
    { given: 'a not like "x"', want: where(condition("a", "not like", text("x"))) },
    { given: "a is empty", want: where(condition("a", "is empty")) },
    { given: "a is not empty", want: where(condition("a", "is not empty")) },
    {
      given: 'a NOT IN ("x") AND b IS NOT EMPTY',
      want: where({
        type: "and",
        operands: [condition("a", "not in", text("x")), condition("b", "is not empty")],
      }),
    },
    {
      given: "d = FROM_TODAY(-2, WEEKS)",
      want: where(
        condition("d", "=", {
          type: "call",
          name: "FROM_TODAY",
          args: [
            { type: "number", text: "-2" },
            { type: "word", name: "WEEKS" },
          ],
        }),
      ),
    },
    {
      given: 'u in (LOGINUSER(), "sato")',
      want: where(
        condition("u", "in", { type: "call", name: "LOGINUSER", args: [] }, text("sato")),
      ),
    },
    { given: 'Company.Name in ("x")', want: where(condition("Company.Name", "in", text("x"))) },
    {
      given: "a = 1 or b = 2 and c = 3",
      want: where({
        type: "or",
        operands: [
          condition("a", "=", number("1")),
          {
            type: "and",
            operands: [condition("b", "=", number("2")), condition("c", "=", number("3"))],
          },
        ],
      }),
    },
    {
      given: "(a = 1 or b = 2) and c = 3",
      want: where({
        type: "and",
        operands: [
          {
            type: "or",
            operands: [condition("a", "=", number("1")), condition("b", "=", number("2"))],
          },
          condition("c", "=", number("3")),
        ],
      }),
    },
    {
      given: "a = 1 or b = 2 or ((c = 3))",
      want: where({
        type: "or",
        operands: [
          condition("a", "=", number("1")),
          condition("b", "=", number("2")),
          condition("c", "=", number("3")),
        ],
      }),
    },
    {
      given: "order by a asc, b desc, c limit 20 offset 40",
      want: {
        where: undefined,
        orderBy: [
          { path: ["a"], direction: "asc" },
          { path: ["b"], direction: "desc" },
          { path: ["c"], direction: "desc" },
        ],
        limit: 20,
        offset: 40,
      },
    },
    {
      given: "a = 1 ORDER BY $id ASC LIMIT 0",
      want: {
        where: condition("a", "=", number("1")),
        orderBy: [{ path: ["$id"], direction: "asc" }],
        limit: 0,
        offset: undefined,
      },
    },
    { given: "limit 10", want: { ...where(undefined), limit: 10 } },
    { given: "offset 5", want: { ...where(undefined), offset: 5 } },
  ])("parses $given", ({ given, want }) => {
    expect(parseQuery(given)).toEqual(want);
  });

  it.each([
    "title ===",
    "title =",
    "= 1",
    "a = 1 and",
    "a = 1 or or b = 2",
    "(a = 1",
    "a = 1)",
    "a in 1",
    "a in ()",
    'a in ("x",)',
    "a not = 1",
    "a is null",
    "a is not",
    "a between 1",
    "a = b",
    "a = 1 b = 2",
    "offset 1 limit 1",
    "limit 1 order by a",
    "limit -1",
    "limit 1.5",
    "offset x",
    "order a",
    "order by",
    "order by a asc,",
    "a = 1 order by a limit 1 offset 1 offset 2",
    "not a = 1",
    "a = TODAY(",
  ])("rejects %s with CB_VA01 and the query message", (given) => {
    expect(() => parseQuery(given)).toThrow(
      expect.objectContaining({
        code: "CB_VA01",
        message: "Missing or invalid input.",
        errors: { query: { messages: ["unsupported query format"] } },
      }),
    );
  });
});
