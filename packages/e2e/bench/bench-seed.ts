import type { Seed } from "@kintone-typed/emulator";

/** One app with the field kinds a typical record carries, and a token with every right. */
export const benchSeed: Seed = {
  apiTokens: [{ token: "bench", app: 1, view: true, add: true, edit: true, delete: true }],
  apps: [
    {
      id: 1,
      name: "Bench",
      fields: {
        title: { type: "SINGLE_LINE_TEXT", code: "title", label: "Title", required: true },
        code: { type: "SINGLE_LINE_TEXT", code: "code", label: "Code", unique: true },
        amount: { type: "NUMBER", code: "amount", label: "Amount" },
        stage: {
          type: "DROP_DOWN",
          code: "stage",
          label: "Stage",
          options: { a: { label: "a", index: "0" }, b: { label: "b", index: "1" } },
        },
        due: { type: "DATE", code: "due", label: "Due" },
      },
    },
  ],
};

/** A batch of 100 records in write form, numbered from `offset`. */
export function recordBatch(offset: number): Record<string, { value: string }>[] {
  return Array.from({ length: 100 }, (_, index) => ({
    title: { value: `record ${offset + index}` },
    code: { value: `C-${offset + index}` },
    amount: { value: String(offset + index) },
    stage: { value: index % 2 === 0 ? "a" : "b" },
    due: { value: "2025-01-31" },
  }));
}
