import type { Seed } from "@kintone-typed/emulator";

/** Users, tokens and apps the end-to-end tests run against. */
export const e2eSeed: Seed = {
  defaultTimezone: "UTC",
  users: [
    { code: "alice", name: "Alice", password: "alice-pass", timezone: "UTC" },
    { code: "bob", name: "Bob", password: "bob-pass", timezone: "UTC" },
  ],
  apiTokens: [
    {
      token: "orders-full",
      app: 1,
      view: true,
      add: true,
      edit: true,
      delete: true,
      manage: true,
    },
    { token: "orders-view", app: 1, view: true },
    { token: "customers-full", app: 2, view: true, add: true, edit: true, delete: true },
    { token: "notes-full", app: 3, view: true, add: true, edit: true, delete: true },
  ],
  apps: [
    {
      id: 1,
      name: "Orders",
      code: "ORDERS",
      creator: "alice",
      fields: {
        title: {
          type: "SINGLE_LINE_TEXT",
          code: "title",
          label: "Title",
          required: true,
          maxLength: "64",
        },
        orderCode: {
          type: "SINGLE_LINE_TEXT",
          code: "orderCode",
          label: "Order code",
          unique: true,
        },
        amount: {
          type: "NUMBER",
          code: "amount",
          label: "Amount",
          minValue: "0",
          maxValue: "1000000",
        },
        stage: {
          type: "DROP_DOWN",
          code: "stage",
          label: "Stage",
          defaultValue: "Lead",
          options: {
            Lead: { label: "Lead", index: "0" },
            Won: { label: "Won", index: "1" },
            Lost: { label: "Lost", index: "2" },
          },
        },
        closeDate: { type: "DATE", code: "closeDate", label: "Close date" },
        owner: { type: "USER_SELECT", code: "owner", label: "Owner" },
        attachments: { type: "FILE", code: "attachments", label: "Attachments" },
      },
      processManagement: {
        enable: true,
        states: {
          Open: { name: "Open", index: "0" },
          "In progress": {
            name: "In progress",
            index: "1",
            assignee: {
              type: "ONE",
              entities: [
                { entity: { type: "USER", code: "alice" } },
                { entity: { type: "USER", code: "bob" } },
              ],
            },
          },
          Done: { name: "Done", index: "2", assignee: { type: "ONE", entities: [] } },
        },
        actions: [
          { name: "Start", from: "Open", to: "In progress" },
          { name: "Finish", from: "In progress", to: "Done" },
        ],
      },
    },
    {
      id: 2,
      name: "Customers",
      code: "CUSTOMERS",
      creator: "alice",
      fields: {
        name: { type: "SINGLE_LINE_TEXT", code: "name", label: "Name", required: true },
      },
    },
    {
      id: 3,
      name: "Guest notes",
      guestSpaceId: 7,
      creator: "alice",
      fields: {
        note: { type: "SINGLE_LINE_TEXT", code: "note", label: "Note", required: true },
      },
      records: [{ note: { value: "Welcome" } }],
    },
  ],
};
