import { describe, expect, it } from "vitest";
import { runDemo } from "./run-demo.js";

describe("runDemo", () => {
  it("generates the packages and runs every typed call against the emulator", async () => {
    const lines: string[] = [];
    await runDemo((line) => lines.push(line));
    expect(lines).toEqual([
      expect.stringMatching(/^1\. kintone emulator on http:\/\/127\.0\.0\.1:\d+ with 案件管理/),
      "2. kintone-codegen (config packages/demo/kintone-codegen.config.json):",
      expect.stringMatching(
        /^ {3}\[1\/2\] @kintone-typed\/demo-deals \(app 1\): src\/generated\/deals: (unchanged|wrote .+) \(revision 1\)$/,
      ),
      expect.stringMatching(/^ {3}\[2\/2\] @kintone-typed\/demo-customers \(app 2\): /),
      "3. typed calls through @kintone-typed/client:",
      "   addRecord: #4 基幹システム刷新 for ABC商事 (the lookup copied 顧客名 from 顧客コード C-002), 2 明細 rows, 商談フェーズ 提案, 確度 B (default)",
      '   getRecords: 3 open deals for query 商談フェーズ in ("提案", "交渉") order by 見込み金額 desc',
      "     D-0101 生産管理クラウド移行: 12,000,000円",
      "     D-0104 基幹システム刷新: 4,800,000円",
      "     D-0102 店舗POS更新: 3,500,000円",
      "   updateRecord: #4 商談フェーズ 提案 -> 交渉, 確度 B -> A (revision 1 -> 2)",
      "   updateRecords (upsert by 案件コード): D-0102 UPDATE as #2, D-0105 INSERT as #5",
      "   updateRecordStatus: #4 対応中 (assignee 鈴木 一郎), now revision 4, 受注予定日 2026-06-30",
      expect.stringMatching(/^Done in \d+\.\d s; the emulator is stopped\.$/),
    ]);
  });
});
