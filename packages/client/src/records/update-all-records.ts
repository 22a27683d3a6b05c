import type { RecordForWrite, RecordUpdateEntry, RecordUpdateResult } from "@kintone-typed/types";
import type { WriteKind } from "./write-all-records.js";

/** Parameters of updateAllRecords. */
export type UpdateAllRecordsParams<W extends RecordForWrite = RecordForWrite> = {
  app: number | string;
  /** Records named by `id` (with an optional `revision`) or by `updateKey`. */
  records: RecordUpdateEntry<W>[];
  /** Adds the records whose `id` or `updateKey` matches none. */
  upsert?: boolean;
};

/** How updateAllRecords writes chunks; a lost connection stays unknown, since a repeated update could overwrite a newer change. */
export function updateKind<W extends RecordForWrite>(
  params: UpdateAllRecordsParams<W>,
): WriteKind<RecordUpdateEntry<W>, RecordUpdateResult, W> {
  const { app, upsert } = params;
  return {
    toEntry: (records) => ({
      method: "PUT",
      api: "/k/v1/records.json",
      payload: { app, records, ...(upsert !== undefined && { upsert }) },
    }),
    readResults: (response) => {
      if (!response || !("records" in response))
        throw new Error("bulkRequest answered an updateRecords request without records");
      return response.records;
    },
  };
}
