import type { KintoneClient } from "@kintone-typed/client";
import * as Deals from "./generated/deals/src/index.js";

type Log = (line: string) => void;

const yen = (value: string) => `${Number(value).toLocaleString("ja-JP")}円`;

/**
 * Every typed call of the demo: add, query, update, upsert and read records of 案件管理 with the
 * types kintone-codegen generated. Misspelled field codes or option names do not compile.
 */
export async function useDeals(client: KintoneClient, log: Log): Promise<void> {
  const app = Deals.appId;

  const added = await client.record.addRecord<Deals.RecordForAdd>({
    app,
    record: {
      案件コード: { value: "D-0104" },
      案件名: { value: "基幹システム刷新" },
      顧客コード: { value: "C-002" },
      商談フェーズ: { value: "提案" },
      商材: { value: ["クラウド", "保守サポート"] },
      見込み金額: { value: "4800000" },
      担当者: { value: [{ code: "suzuki" }] },
      明細: {
        value: [
          {
            value: {
              品目: { value: "クラウド利用料" },
              数量: { value: "12" },
              単価: { value: "250000" },
            },
          },
          { value: { 品目: { value: "導入支援" }, 単価: { value: "1800000" } } },
        ],
      },
    },
  });
  const { record: created } = await client.record.getRecord<Deals.SavedRecord>({
    app,
    id: added.id,
  });
  log(
    `addRecord: #${added.id} ${created.案件名.value} for ${created.顧客名.value} ` +
      `(the lookup copied 顧客名 from 顧客コード ${created.顧客コード.value}), ` +
      `${created.明細.value.length} 明細 rows, 商談フェーズ ${created.商談フェーズ.value}, 確度 ${created.確度.value} (default)`,
  );

  const query = '商談フェーズ in ("提案", "交渉") order by 見込み金額 desc';
  const open = await client.record.getRecords<
    Deals.SavedRecord,
    "案件コード" | "案件名" | "見込み金額"
  >({
    app,
    query,
    fields: ["案件コード", "案件名", "見込み金額"],
    totalCount: true,
  });
  log(`getRecords: ${open.totalCount} open deals for query ${query}`);
  for (const deal of open.records)
    log(`  ${deal.案件コード.value} ${deal.案件名.value}: ${yen(deal.見込み金額.value)}`);

  const updated = await client.record.updateRecord<Deals.RecordForUpdate>({
    app,
    id: added.id,
    revision: added.revision,
    record: {
      商談フェーズ: { value: "交渉" },
      確度: { value: "A" },
      受注予定日: { value: "2026-06-30" },
    },
  });
  log(
    `updateRecord: #${added.id} 商談フェーズ 提案 -> 交渉, 確度 B -> A (revision ${added.revision} -> ${updated.revision})`,
  );

  const upserts = [
    {
      updateKey: { field: "案件コード", value: "D-0102" },
      record: { 商談フェーズ: { value: "受注" }, 見込み金額: { value: "3800000" } },
    },
    {
      updateKey: { field: "案件コード", value: "D-0105" },
      record: { 案件名: { value: "データ分析基盤" }, 顧客コード: { value: "C-003" } },
    },
  ] satisfies { updateKey: { field: string; value: string }; record: Deals.RecordForUpdate }[];
  const upserted = await client.record.updateRecords<Deals.RecordForUpdate>({
    app,
    upsert: true,
    records: upserts,
  });
  const operations = upserted.records.map(
    (result, index) => `${upserts[index]?.updateKey.value} ${result.operation} as #${result.id}`,
  );
  log(`updateRecords (upsert by 案件コード): ${operations.join(", ")}`);

  await client.record.updateRecordStatus({
    app,
    id: added.id,
    action: "着手する",
    assignee: "suzuki",
  });
  const { record: final } = await client.record.getRecord<Deals.SavedRecord>({ app, id: added.id });
  const assignees = final.Assignee.value.map((user) => user.name).join(", ");
  log(
    `updateRecordStatus: #${added.id} ${final.Status.value} (assignee ${assignees}), ` +
      `now revision ${final.$revision.value}, 受注予定日 ${final.受注予定日.value}`,
  );
}
