import type { Seed } from "@kintone-typed/emulator";

/** Labels and option names that need escaping in string literals and JSDoc alike. */
export const tricky = {
  quotes: `He said "hi" and 'bye'`,
  backslash: "C:\\temp\\new",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${ is what is tested
  template: "`tick` and ${x}",
  comment: "ends */ here /* and",
  lines: "first line\nsecond line",
  markdown: "@param *bold* _under_ <b>tag</b> [link](x) # | ~ &amp;",
} as const;

const options = (...names: string[]) =>
  Object.fromEntries(names.map((name, index) => [name, { label: name, index: String(index) }]));

/** Credentials of the fixture seed. */
export const fixtureTokens = {
  everything: "everything-full",
  customers: "customers-view",
  guest: "guest-full",
} as const;

/**
 * Three apps: "Everything" (every field type, lookups into "Customers", options, a table,
 * Japanese, full-width and reserved-word field codes, tricky labels, process management),
 * "Customers" (the lookup source) and "ゲスト案件" in guest space 10.
 */
export const fixtureSeed: Seed = {
  users: [{ code: "admin", name: "Admin", password: "admin-pass" }],
  apiTokens: [
    {
      token: fixtureTokens.everything,
      app: 1,
      view: true,
      add: true,
      edit: true,
      delete: true,
      manage: true,
    },
    { token: fixtureTokens.customers, app: 2, view: true },
    { token: fixtureTokens.guest, app: 3, view: true, add: true, edit: true, manage: true },
  ],
  apps: [
    {
      id: 2,
      name: "Customers",
      fields: {
        customerCode: {
          type: "SINGLE_LINE_TEXT",
          code: "customerCode",
          label: "Customer code",
          required: true,
          unique: true,
        },
        customerName: { type: "SINGLE_LINE_TEXT", code: "customerName", label: "Name" },
        rank: { type: "NUMBER", code: "rank", label: "Rank" },
      },
      records: [
        {
          customerCode: { value: "C-1" },
          customerName: { value: "Acme" },
          rank: { value: "3" },
        },
      ],
    },
    {
      id: 1,
      name: 'Everything "all" types',
      fields: {
        title: {
          type: "SINGLE_LINE_TEXT",
          code: "title",
          label: tricky.quotes,
          required: true,
        },
        slug: {
          type: "SINGLE_LINE_TEXT",
          code: "slug",
          label: tricky.backslash,
          required: true,
          defaultValue: "draft",
        },
        fullTitle: {
          type: "SINGLE_LINE_TEXT",
          code: "fullTitle",
          label: "Auto-calculated",
          expression: 'title & " / " & slug',
        },
        notes: { type: "MULTI_LINE_TEXT", code: "notes", label: tricky.lines },
        body: { type: "RICH_TEXT", code: "body", label: tricky.markdown },
        amount: {
          type: "NUMBER",
          code: "amount",
          label: "Amount",
          required: true,
          defaultValue: "0",
        },
        total: { type: "CALC", code: "total", label: "Total", expression: "amount * 2" },
        tags: {
          type: "CHECK_BOX",
          code: "tags",
          label: "Tags",
          options: options(tricky.quotes, tricky.backslash, tricky.template),
        },
        priority: {
          type: "RADIO_BUTTON",
          code: "priority",
          label: "Priority",
          required: true,
          defaultValue: "中",
          options: options("高", "中", "低"),
        },
        stage: {
          type: "DROP_DOWN",
          code: "stage",
          label: tricky.comment,
          // Index order differs from name order: the generated union follows the form.
          options: {
            Won: { label: "Won", index: "2" },
            Lead: { label: "Lead", index: "0" },
            [tricky.comment]: { label: tricky.comment, index: "1" },
          },
        },
        channels: {
          type: "MULTI_SELECT",
          code: "channels",
          label: "Channels",
          options: options("web", "phone"),
        },
        owner: { type: "USER_SELECT", code: "owner", label: "Owner", required: true },
        department: { type: "ORGANIZATION_SELECT", code: "department", label: "Department" },
        team: { type: "GROUP_SELECT", code: "team", label: "Team" },
        due: {
          type: "DATE",
          code: "due",
          label: "Due",
          required: true,
          defaultNowValue: true,
        },
        at: { type: "TIME", code: "at", label: "At" },
        deadline: { type: "DATETIME", code: "deadline", label: "Deadline", required: true },
        site: { type: "LINK", code: "site", label: "Site", protocol: "WEB" },
        files: { type: "FILE", code: "files", label: "Files" },
        customer: {
          type: "SINGLE_LINE_TEXT",
          code: "customer",
          label: "Customer",
          required: true,
          lookup: {
            relatedApp: { app: "2" },
            relatedKeyField: "customerCode",
            fieldMappings: [{ field: "顧客名", relatedField: "customerName" }],
            lookupPickerFields: ["customerCode", "customerName"],
          },
        },
        顧客名: { type: "SINGLE_LINE_TEXT", code: "顧客名", label: "顧客名" },
        金額＿税込: { type: "NUMBER", code: "金額＿税込", label: "金額（税込）" },
        class: { type: "SINGLE_LINE_TEXT", code: "class", label: "class" },
        // `as const`: TypeScript would type these keys from Object.prototype's members otherwise.
        constructor: {
          type: "SINGLE_LINE_TEXT" as const,
          code: "constructor",
          label: "constructor",
        },
        toString: { type: "NUMBER" as const, code: "toString", label: "toString" },
        明細: {
          type: "SUBTABLE",
          code: "明細",
          label: "明細",
          fields: {
            品目: { type: "SINGLE_LINE_TEXT", code: "品目", label: "品目", required: true },
            数量: {
              type: "NUMBER",
              code: "数量",
              label: "数量",
              required: true,
              defaultValue: "1",
            },
            単位: {
              type: "DROP_DOWN",
              code: "単位",
              label: "単位",
              options: options("個", "箱"),
            },
            小計: { type: "CALC", code: "小計", label: "小計", expression: "数量" },
            lineCustomer: {
              type: "SINGLE_LINE_TEXT",
              code: "lineCustomer",
              label: "Line customer",
              lookup: {
                relatedApp: { app: "2" },
                relatedKeyField: "customerCode",
                fieldMappings: [{ field: "lineRank", relatedField: "rank" }],
              },
            },
            lineRank: { type: "NUMBER", code: "lineRank", label: "Line rank" },
          },
        },
        related: {
          type: "REFERENCE_TABLE",
          code: "related",
          label: "Related customers",
          referenceTable: {
            relatedApp: { app: "2" },
            condition: { field: "customer", relatedField: "customerCode" },
            filterCond: "",
            displayFields: ["customerName"],
            sort: "Record_number desc",
            size: "5",
          },
        },
        section: { type: "GROUP", code: "section", label: "Section", openGroup: true },
      },
      processManagement: {
        enable: true,
        states: { 未処理: { index: "0" }, 完了: { index: "1" } },
        actions: [{ name: "完了にする", from: "未処理", to: "完了" }],
      },
    },
    {
      id: 3,
      name: "ゲスト案件",
      guestSpaceId: 10,
      fields: {
        タスク: { type: "SINGLE_LINE_TEXT", code: "タスク", label: "タスク", required: true },
      },
    },
  ],
};
