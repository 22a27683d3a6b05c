import { describe, expect, it } from "vitest";
import { compileQuery } from "./compile-query.js";
import type { QueryContext, StoredRecord } from "./query-context.js";

const options = (...labels: string[]) =>
  Object.fromEntries(labels.map((label, index) => [label, { label, index: String(index) }]));

// An app with one field of every type, plus a table.
const fields: QueryContext["fields"] = {
  Record_number: { type: "RECORD_NUMBER", code: "Record_number" },
  Created_by: { type: "CREATOR", code: "Created_by" },
  Created_datetime: { type: "CREATED_TIME", code: "Created_datetime" },
  Updated_by: { type: "MODIFIER", code: "Updated_by" },
  Updated_datetime: { type: "UPDATED_TIME", code: "Updated_datetime" },
  title: { type: "SINGLE_LINE_TEXT", code: "title" },
  memo: { type: "MULTI_LINE_TEXT", code: "memo" },
  body: { type: "RICH_TEXT", code: "body" },
  price: { type: "NUMBER", code: "price" },
  total: { type: "CALC", code: "total" },
  tags: { type: "CHECK_BOX", code: "tags", options: options("a", "b", "c") },
  size: { type: "RADIO_BUTTON", code: "size", options: options("S", "M", "L") },
  color: { type: "DROP_DOWN", code: "color", options: options("red", "green", "blue") },
  langs: { type: "MULTI_SELECT", code: "langs", options: options("ja", "en") },
  owners: { type: "USER_SELECT", code: "owners" },
  teams: { type: "ORGANIZATION_SELECT", code: "teams" },
  groups: { type: "GROUP_SELECT", code: "groups" },
  due: { type: "DATE", code: "due" },
  at: { type: "TIME", code: "at" },
  meet: { type: "DATETIME", code: "meet" },
  site: { type: "LINK", code: "site" },
  files: { type: "FILE", code: "files" },
  items: {
    type: "SUBTABLE",
    code: "items",
    fields: {
      item: { type: "SINGLE_LINE_TEXT", code: "item" },
      qty: { type: "NUMBER", code: "qty" },
      shipped: { type: "DATE", code: "shipped" },
      note: { type: "MULTI_LINE_TEXT", code: "note" },
    },
  },
  Categories: { type: "CATEGORY", code: "Categories" },
  Status: { type: "STATUS", code: "Status" },
  Assignee: { type: "STATUS_ASSIGNEE", code: "Assignee" },
  related: { type: "REFERENCE_TABLE", code: "related" },
  grp: { type: "GROUP", code: "grp" },
  label: { type: "LABEL", code: "label" },
};

const now = new Date("2024-03-15T16:30:25Z"); // Friday in UTC, Saturday 01:30 in Tokyo
const context = (overrides: Partial<QueryContext> = {}): QueryContext => ({
  fields,
  now,
  timeZone: "UTC",
  loginUser: { code: "sato", organizations: ["sales"], primaryOrganization: "sales", groups: [] },
  ...overrides,
});

const users = (...codes: string[]) => codes.map((code) => ({ code, name: code.toUpperCase() }));
const rows = (...values: Record<string, string>[]) =>
  values.map((value, index) => ({
    id: String(index + 1),
    value: Object.fromEntries(
      Object.entries(value).map(([code, v]) => [code, { type: "X", value: v }]),
    ),
  }));

function record(id: number, values: Record<string, unknown>): StoredRecord {
  const stored: StoredRecord = {
    $id: { type: "__ID__", value: String(id) },
    $revision: { type: "__REVISION__", value: id === 2 ? "3" : "1" },
    Record_number: { type: "RECORD_NUMBER", value: `APP-${id}` },
  };
  for (const [code, value] of Object.entries(values)) {
    stored[code] = { type: fields[code]?.type ?? "UNKNOWN", value };
  }
  return stored;
}

const records: StoredRecord[] = [
  record(1, {
    title: "Apple pie",
    memo: "Line one\nline two",
    body: "<b>Bold</b>",
    price: "100",
    total: "200",
    tags: ["a", "b"],
    size: "S",
    color: "red",
    langs: ["ja"],
    owners: users("sato", "kato"),
    teams: users("sales"),
    groups: users("admins"),
    due: "2024-03-15",
    at: "09:00",
    meet: "2024-03-15T10:00:00Z",
    site: "https://example.com",
    files: [{ fileKey: "k1", name: "report.pdf", contentType: "application/pdf", size: "1" }],
    items: rows(
      { item: "apple", qty: "100", shipped: "2024-03-01", note: "" },
      { item: "orange", qty: "200", shipped: "2024-03-10", note: "fragile" },
    ),
    Categories: ["c1"],
    Status: "Open",
    Assignee: users("sato"),
    Created_by: users("sato")[0],
    Created_datetime: "2024-03-15T00:10:00Z",
    Updated_by: users("kato")[0],
  }),
  record(2, {
    title: "banana",
    memo: "",
    body: "",
    price: "50",
    total: "",
    tags: [],
    size: "M",
    color: "green",
    langs: ["en", "ja"],
    owners: users("kato"),
    teams: [],
    groups: [],
    due: "2024-03-16",
    at: "18:30",
    meet: "2024-03-15T15:30:00Z",
    site: "",
    files: [],
    items: rows({ item: "shared", qty: "50" }),
    Status: "Done",
    Assignee: [],
    Created_by: users("kato")[0],
    Created_datetime: "2024-02-10T00:00:00Z",
    Updated_by: users("sato")[0],
  }),
  record(3, {
    title: "",
    memo: "  \n ",
    price: "",
    total: "-5",
    tags: ["c"],
    size: null,
    color: null,
    langs: [],
    owners: [],
    teams: users("dev"),
    due: null,
    at: null,
    meet: "",
    site: "http://x.test",
    files: [{ fileKey: "k2", name: "photo.PNG", contentType: "image/png", size: "2" }],
    items: [],
    Status: "Open",
    Assignee: users("kato"),
    Created_by: users("suzuki")[0],
    Created_datetime: "2023-12-31T23:00:00Z",
    Updated_by: users("kato")[0],
  }),
  record(4, {
    title: 'He said "hi" \\',
    memo: "Apple notes",
    price: "1000.5",
    tags: ["a"],
    size: "L",
    color: "blue",
    due: "2024-04-01",
    meet: "2024-04-01T00:00:00Z",
    site: "https://kintone.dev",
    files: [],
    items: rows({ item: "apple", qty: "5" }, { item: "kiwi", qty: "100" }),
    Status: "In progress",
    Created_by: users("sato")[0],
    Created_datetime: "2024-03-15T16:30:10Z",
    Updated_by: users("sato")[0],
  }),
];

/** The ids of the records a query returns, filtered, sorted and paged as the records API does. */
function run(query: string, overrides: Partial<QueryContext> = {}): number[] {
  const compiled = compileQuery(query, context(overrides));
  const sorted = records.filter((r) => compiled.matches(r)).sort((a, b) => compiled.compare(a, b));
  const offset = compiled.offset ?? 0;
  return sorted.slice(offset, offset + (compiled.limit ?? 100)).map((r) => Number(r.$id?.value));
}

describe("compileQuery filters like kintone", () => {
  it.each<{ query: string; want: number[]; timeZone?: string }>([
    { query: "", want: [4, 3, 2, 1] },
    { query: "   ", want: [4, 3, 2, 1] },
    // text
    { query: 'title = "banana"', want: [2] },
    { query: 'title = "Banana"', want: [] },
    { query: 'title != "banana"', want: [4, 3, 1] },
    { query: 'title = ""', want: [3] },
    { query: 'title in ("banana", "Apple pie")', want: [2, 1] },
    { query: 'title not in ("banana")', want: [4, 3, 1] },
    { query: 'title like "APPLE"', want: [1] },
    { query: 'title not like "an"', want: [4, 3, 1] },
    { query: 'title like "(."', want: [] },
    { query: String.raw`title = "He said \"hi\" \\"`, want: [4] },
    { query: 'memo like "line TWO"', want: [1] },
    { query: "memo is empty", want: [3, 2] },
    { query: "memo is not empty", want: [4, 1] },
    { query: 'body like "bold"', want: [1] },
    { query: 'site like "https"', want: [4, 1] },
    { query: 'site = ""', want: [2] },
    // numbers and record numbers
    { query: "price > 60", want: [4, 1] },
    { query: "price >= 100", want: [4, 1] },
    { query: "price < 100", want: [2] },
    { query: "price <= 100", want: [2, 1] },
    { query: "price = 100", want: [1] },
    { query: 'price = "100.0"', want: [1] },
    { query: "price != 100", want: [4, 3, 2] },
    { query: "price in (50, 1000.5)", want: [4, 2] },
    { query: "price not in (100)", want: [4, 3, 2] },
    { query: 'price = ""', want: [3] },
    { query: "total < 0", want: [3] },
    { query: 'total in ("", 200)', want: [4, 2, 1] },
    { query: "Record_number >= 3", want: [4, 3] },
    { query: 'Record_number = "APP-2"', want: [2] },
    { query: "$id in (1, 2)", want: [2, 1] },
    { query: "$id > 2", want: [4, 3] },
    { query: "$revision = 3", want: [2] },
    // selections
    { query: 'tags in ("a")', want: [4, 1] },
    { query: 'tags not in ("a")', want: [3, 2] },
    { query: 'tags in ("")', want: [2] },
    { query: 'size in ("S", "L")', want: [4, 1] },
    { query: 'size not in ("S")', want: [4, 3, 2] },
    { query: 'size in ("")', want: [3] },
    { query: 'color in ("green")', want: [2] },
    { query: 'langs in ("ja")', want: [2, 1] },
    { query: 'Status = "Open"', want: [3, 1] },
    { query: 'Status != "Open"', want: [4, 2] },
    { query: 'Status in ("Done", "In progress")', want: [4, 2] },
    // users, organizations, groups
    { query: "owners in (LOGINUSER())", want: [1] },
    { query: 'owners in ("kato")', want: [2, 1] },
    { query: "owners not in (LOGINUSER())", want: [4, 3, 2] },
    { query: "teams in (PRIMARY_ORGANIZATION())", want: [1] },
    { query: 'teams in (PRIMARY_ORGANIZATION(), "dev")', want: [3, 1] },
    { query: 'groups in ("admins")', want: [1] },
    { query: "Created_by in (LOGINUSER())", want: [4, 1] },
    { query: 'Updated_by not in ("kato")', want: [4, 2] },
    { query: "Assignee in (LOGINUSER())", want: [1] },
    // files
    { query: 'files like "REPORT"', want: [1] },
    { query: 'files like "png"', want: [3] },
    { query: "files is empty", want: [4, 2] },
    { query: 'files not like "pdf"', want: [4, 3, 2] },
    // dates, times, date-times in UTC and Tokyo
    { query: "due = TODAY()", want: [1] },
    { query: "due = TODAY()", want: [2], timeZone: "Asia/Tokyo" },
    { query: "due < TODAY()", want: [], timeZone: "UTC" },
    { query: "due < TODAY()", want: [1], timeZone: "Asia/Tokyo" },
    { query: "due > TODAY()", want: [4, 2] },
    { query: "due != TODAY()", want: [4, 3, 2] },
    { query: 'due >= "2024-03-16"', want: [4, 2] },
    { query: "due = THIS_MONTH()", want: [2, 1] },
    { query: "due = NEXT_MONTH()", want: [4] },
    { query: "due = FROM_TODAY(1, DAYS)", want: [2] },
    { query: "due = THIS_WEEK(SATURDAY)", want: [2] },
    { query: 'due = ""', want: [3] },
    { query: 'due = "2024-03-16T03:00:00+09:00"', want: [1] },
    { query: "meet = TODAY()", want: [2, 1] },
    { query: "meet = TODAY()", want: [2], timeZone: "Asia/Tokyo" },
    { query: "meet = YESTERDAY()", want: [1], timeZone: "Asia/Tokyo" },
    { query: 'meet > "2024-03-15T12:00:00Z"', want: [4, 2] },
    { query: 'meet = "2024-03-15T19:00:00+0900"', want: [1] },
    { query: 'meet = "2024-03-15T19:00"', want: [1], timeZone: "Asia/Tokyo" },
    { query: 'meet >= "2024-03-16"', want: [4] },
    { query: 'meet <= "2024-03-15"', want: [2, 1] },
    { query: 'meet <= "2024-03-15"', want: [1], timeZone: "Asia/Tokyo" },
    { query: "meet < NOW()", want: [2, 1] },
    { query: "Created_datetime = NOW()", want: [4] },
    { query: "Created_datetime < NOW()", want: [3, 2, 1] },
    { query: "Created_datetime = THIS_YEAR()", want: [4, 2, 1] },
    { query: "Created_datetime = LAST_YEAR()", want: [3] },
    { query: "Created_datetime = LAST_YEAR()", want: [], timeZone: "Asia/Tokyo" },
    { query: "Created_datetime = LAST_MONTH()", want: [2] },
    { query: 'at < "12:00"', want: [1] },
    { query: 'at >= "18:30"', want: [2] },
    { query: 'at = ""', want: [4, 3] },
    // tables: any row matches; negations need rows and no row matching; `and` on one table = one row
    { query: 'item in ("apple")', want: [4, 1] },
    { query: "qty > 150", want: [1] },
    { query: 'item in ("apple") and qty in ("100")', want: [1] },
    { query: 'item in ("apple") and (qty in (100) and shipped < "2024-03-05")', want: [1] },
    { query: 'item in ("apple") and qty > 150', want: [] },
    { query: 'item in ("apple") or qty > 150', want: [4, 1] },
    { query: 'item not in ("shared")', want: [4, 1] },
    { query: 'item not in ("apple")', want: [2] },
    { query: 'item like "KI"', want: [4] },
    { query: 'shipped < "2024-03-05"', want: [1] },
    { query: "note is empty", want: [4, 2, 1] },
    { query: "note is not empty", want: [] },
    { query: 'title = "Apple pie" and item in ("apple")', want: [1] },
    // precedence and grouping
    { query: '(item in ("apple") or title = "banana") and price >= 50', want: [4, 2, 1] },
    { query: 'price = 100 or price = 50 or tags in ("c")', want: [3, 2, 1] },
    { query: 'title = "banana" or price > 500 and size in ("S")', want: [2] },
    { query: '(title = "banana" or price > 500) and size in ("S")', want: [] },
    { query: 'title = "banana" OR (price > 500 AND size IN ("L"))', want: [4, 2] },
  ])("$query ($timeZone) returns $want", ({ query, want, timeZone = "UTC" }) => {
    expect(run(query, { timeZone })).toEqual(want);
  });

  it("ignores PRIMARY_ORGANIZATION() for a caller without a primary organization", () => {
    const loginUser = { code: "sato", organizations: [], primaryOrganization: null, groups: [] };
    expect(run("teams in (PRIMARY_ORGANIZATION())", { loginUser })).toEqual([4, 3, 2, 1]);
    expect(run('teams in (PRIMARY_ORGANIZATION(), "dev")', { loginUser })).toEqual([3]);
  });
});

describe("compileQuery sorts and pages like kintone", () => {
  it.each<{ query: string; want: number[] }>([
    { query: "", want: [4, 3, 2, 1] },
    { query: "order by price asc", want: [3, 2, 1, 4] },
    { query: "order by price desc", want: [4, 1, 2, 3] },
    { query: "order by price", want: [4, 1, 2, 3] },
    { query: "order by color asc", want: [3, 1, 2, 4] },
    { query: "order by title asc", want: [3, 1, 4, 2] },
    { query: "order by Status asc, $id asc", want: [2, 4, 1, 3] },
    { query: "order by Status asc", want: [2, 4, 3, 1] },
    { query: "order by due desc", want: [4, 2, 1, 3] },
    { query: "order by meet asc", want: [3, 1, 2, 4] },
    { query: "order by at asc", want: [4, 3, 1, 2] },
    { query: "order by Created_by asc", want: [2, 4, 1, 3] },
    { query: "order by Record_number asc", want: [1, 2, 3, 4] },
    { query: "order by $revision desc, $id asc", want: [2, 1, 3, 4] },
    { query: "order by total asc", want: [4, 2, 3, 1] },
    { query: "limit 2", want: [4, 3] },
    { query: "limit 2 offset 1", want: [3, 2] },
    { query: "limit 0", want: [] },
    { query: "order by $id asc limit 1 offset 3", want: [4] },
    { query: "price > 0 order by price asc limit 500 offset 10000", want: [] },
  ])("$query returns $want", ({ query, want }) => {
    expect(run(query)).toEqual(want);
  });

  it("reports the clauses it found", () => {
    expect(compileQuery("order by $id asc limit 20 offset 40", context())).toMatchObject({
      hasOrderBy: true,
      limit: 20,
      offset: 40,
    });
    expect(compileQuery("price > 1", context())).toMatchObject({
      hasOrderBy: false,
      limit: undefined,
      offset: undefined,
    });
  });
});

describe("compileQuery rejects what kintone rejects", () => {
  it.each<{ query: string; code: string; message?: string }>([
    { query: "title ===", code: "CB_VA01", message: "Missing or invalid input." },
    { query: 'title = "a\tb"', code: "CB_VA01" },
    { query: "limit 501", code: "GAIA_QU01", message: "limit must be 500 or less." },
    { query: "offset 10001", code: "GAIA_QU02", message: "offset must be 10,000 or less." },
    { query: 'xyz = "a"', code: "GAIA_IQ11", message: "Specified field (xyz) not found." },
    {
      query: 'Company.Name in ("x")',
      code: "GAIA_IQ11",
      message: "Specified field (Company.Name) not found.",
    },
    { query: "$foo = 1", code: "GAIA_IQ11" },
    { query: 'label = "x"', code: "GAIA_IQ11" },
    { query: "order by xyz asc", code: "GAIA_IQ11" },
    {
      query: 'memo = "foo"',
      code: "GAIA_IQ03",
      message: "The operator = cannot be used for the field type of the memo field.",
    },
    { query: 'title > "a"', code: "GAIA_IQ03" },
    { query: "title is empty", code: "GAIA_IQ03" },
    { query: 'price like "1"', code: "GAIA_IQ03" },
    { query: 'body = "x"', code: "GAIA_IQ03" },
    { query: 'tags = "a"', code: "GAIA_IQ03" },
    { query: 'size = "S"', code: "GAIA_IQ03" },
    { query: 'owners = "sato"', code: "GAIA_IQ03" },
    { query: 'Created_by = "sato"', code: "GAIA_IQ03" },
    { query: 'due in ("2024-01-01")', code: "GAIA_IQ03" },
    { query: 'meet like "2024"', code: "GAIA_IQ03" },
    { query: 'Status like "x"', code: "GAIA_IQ03" },
    { query: 'Categories in ("c1")', code: "GAIA_IQ03" },
    { query: 'items in ("x")', code: "GAIA_IQ03" },
    { query: "related = 1", code: "GAIA_IQ03" },
    { query: "grp is empty", code: "GAIA_IQ03" },
    { query: 'note in ("x")', code: "GAIA_IQ03" },
    { query: 'item = "x"', code: "GAIA_IQ07" },
    { query: "qty != 1", code: "GAIA_IQ07" },
    { query: 'note = "x"', code: "GAIA_IQ07" },
    {
      query: 'tags in ("zzz")',
      code: "GAIA_IQ10",
      message: 'The option "zzz" does not exist in the field (tags).',
    },
    { query: 'size = "XL"', code: "GAIA_IQ10" },
    { query: 'color not in ("red", "purple")', code: "GAIA_IQ10" },
    { query: "price = TODAY()", code: "CB_VA01" },
    { query: "due = NOW()", code: "CB_VA01" },
    { query: "due = today()", code: "CB_VA01" },
    { query: "due = UNKNOWN()", code: "CB_VA01" },
    { query: "groups in (LOGINUSER())", code: "CB_VA01" },
    { query: "owners in (PRIMARY_ORGANIZATION())", code: "CB_VA01" },
    { query: "title like LOGINUSER()", code: "CB_VA01" },
    { query: 'price > "abc"', code: "CB_VA01" },
    { query: 'price < ""', code: "CB_VA01" },
    { query: 'due = "2024-02-30"', code: "CB_VA01" },
    { query: 'meet > "soon"', code: "CB_VA01" },
    { query: 'at = "25:00"', code: "CB_VA01" },
    { query: "order by memo asc", code: "GAIA_IQ03" },
    { query: "order by tags desc", code: "GAIA_IQ03" },
    { query: "order by item asc", code: "GAIA_IQ03" },
    { query: "order by owners asc", code: "GAIA_IQ03" },
  ])("$query fails with $code", ({ query, code, message }) => {
    const expected = message === undefined ? { code } : { code, message };
    expect(() => compileQuery(query, context())).toThrow(expect.objectContaining(expected));
  });

  it("accepts the largest limit and offset", () => {
    expect(() => compileQuery("limit 500 offset 10000", context())).not.toThrow();
  });
});
