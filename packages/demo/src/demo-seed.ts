import type { Seed } from "@kintone-typed/emulator";

/** The API tokens of the sample apps (the deals token reads customers too, for the lookup). */
export const demoTokens = { deals: "demo-deals-token", customers: "demo-customers-token" } as const;

const options = (...names: string[]) =>
  Object.fromEntries(names.map((name, index) => [name, { label: name, index: String(index) }]));

/**
 * A sales team's kintone: 顧客管理 (customers, app 2) and 案件管理 (deals, app 1) with Japanese
 * field codes, option fields, a 明細 table, a lookup of the customer and process management.
 */
export const demoSeed: Seed = {
  defaultTimezone: "Asia/Tokyo",
  users: [
    { code: "sato", name: "佐藤 花子", password: "sato-pass", organizations: ["営業部"] },
    { code: "suzuki", name: "鈴木 一郎", password: "suzuki-pass", organizations: ["営業部"] },
  ],
  organizations: [{ code: "営業部", name: "営業部" }],
  apiTokens: [
    {
      token: demoTokens.deals,
      app: 1,
      view: true,
      add: true,
      edit: true,
      delete: true,
    },
    { token: demoTokens.customers, app: 2, view: true },
  ],
  apps: [
    {
      id: 2,
      name: "顧客管理",
      code: "CUSTOMERS",
      creator: "sato",
      fields: {
        顧客コード: {
          type: "SINGLE_LINE_TEXT",
          code: "顧客コード",
          label: "顧客コード",
          required: true,
          unique: true,
        },
        顧客名: { type: "SINGLE_LINE_TEXT", code: "顧客名", label: "顧客名", required: true },
        業種: {
          type: "DROP_DOWN",
          code: "業種",
          label: "業種",
          options: options("製造", "小売", "金融", "情報通信"),
        },
      },
      records: [
        {
          顧客コード: { value: "C-001" },
          顧客名: { value: "株式会社サンプル" },
          業種: { value: "製造" },
        },
        { 顧客コード: { value: "C-002" }, 顧客名: { value: "ABC商事" }, 業種: { value: "小売" } },
        {
          顧客コード: { value: "C-003" },
          顧客名: { value: "みらい銀行" },
          業種: { value: "金融" },
        },
      ],
    },
    {
      id: 1,
      name: "案件管理",
      code: "DEALS",
      description: "<div>営業案件のパイプライン</div>",
      creator: "sato",
      fields: {
        案件コード: {
          type: "SINGLE_LINE_TEXT",
          code: "案件コード",
          label: "案件コード",
          required: true,
          unique: true,
        },
        案件名: { type: "SINGLE_LINE_TEXT", code: "案件名", label: "案件名", required: true },
        顧客コード: {
          type: "SINGLE_LINE_TEXT",
          code: "顧客コード",
          label: "顧客",
          required: true,
          lookup: {
            relatedApp: { app: "2", code: "CUSTOMERS" },
            relatedKeyField: "顧客コード",
            fieldMappings: [{ field: "顧客名", relatedField: "顧客名" }],
            lookupPickerFields: ["顧客コード", "顧客名"],
            filterCond: "",
            sort: "Record_number asc",
          },
        },
        顧客名: { type: "SINGLE_LINE_TEXT", code: "顧客名", label: "顧客名" },
        商談フェーズ: {
          type: "DROP_DOWN",
          code: "商談フェーズ",
          label: "商談フェーズ",
          required: true,
          defaultValue: "見込み",
          options: options("見込み", "提案", "交渉", "受注", "失注"),
        },
        確度: {
          type: "RADIO_BUTTON",
          code: "確度",
          label: "確度",
          required: true,
          defaultValue: "B",
          options: options("A", "B", "C"),
        },
        商材: {
          type: "CHECK_BOX",
          code: "商材",
          label: "商材",
          options: options("クラウド", "オンプレミス", "保守サポート"),
        },
        見込み金額: {
          type: "NUMBER",
          code: "見込み金額",
          label: "見込み金額",
          minValue: "0",
          unit: "円",
          unitPosition: "AFTER",
        },
        受注予定日: { type: "DATE", code: "受注予定日", label: "受注予定日" },
        担当者: {
          type: "USER_SELECT",
          code: "担当者",
          label: "担当者",
          defaultValue: [{ code: "LOGINUSER()", type: "FUNCTION" }],
        },
        備考: { type: "MULTI_LINE_TEXT", code: "備考", label: "備考" },
        明細: {
          type: "SUBTABLE",
          code: "明細",
          label: "明細",
          fields: {
            品目: { type: "SINGLE_LINE_TEXT", code: "品目", label: "品目", required: true },
            数量: { type: "NUMBER", code: "数量", label: "数量", defaultValue: "1" },
            単価: {
              type: "NUMBER",
              code: "単価",
              label: "単価",
              unit: "円",
              unitPosition: "AFTER",
            },
            小計: { type: "CALC", code: "小計", label: "小計", expression: "数量 * 単価" },
          },
        },
        合計: { type: "CALC", code: "合計", label: "合計", expression: "SUM(小計)" },
      },
      processManagement: {
        enable: true,
        states: {
          未着手: { index: "0" },
          対応中: {
            index: "1",
            assignee: {
              type: "ONE",
              entities: [{ entity: { type: "FIELD_ENTITY", code: "担当者" } }],
            },
          },
          完了: { index: "2" },
        },
        actions: [
          { name: "着手する", from: "未着手", to: "対応中" },
          { name: "完了にする", from: "対応中", to: "完了" },
        ],
      },
      records: [
        {
          案件コード: { value: "D-0101" },
          案件名: { value: "生産管理クラウド移行" },
          顧客コード: { value: "C-001" },
          商談フェーズ: { value: "交渉" },
          確度: { value: "A" },
          商材: { value: ["クラウド", "保守サポート"] },
          見込み金額: { value: "12000000" },
          受注予定日: { value: "2026-03-31" },
          担当者: { value: [{ code: "sato" }] },
          Created_by: { value: { code: "sato" } },
        },
        {
          案件コード: { value: "D-0102" },
          案件名: { value: "店舗POS更新" },
          顧客コード: { value: "C-002" },
          商談フェーズ: { value: "提案" },
          商材: { value: ["オンプレミス"] },
          見込み金額: { value: "3500000" },
          担当者: { value: [{ code: "suzuki" }] },
          Created_by: { value: { code: "suzuki" } },
        },
        {
          案件コード: { value: "D-0103" },
          案件名: { value: "勘定系API連携" },
          顧客コード: { value: "C-003" },
          商談フェーズ: { value: "見込み" },
          確度: { value: "C" },
          見込み金額: { value: "800000" },
          担当者: { value: [{ code: "sato" }] },
          Created_by: { value: { code: "sato" } },
        },
      ],
    },
  ],
};
