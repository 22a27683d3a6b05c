import type { RecordForWrite } from "@kintone-typed/types";
import type { WriteKind } from "./write-all-records.js";

/** A record to delete, with the revision it must still have (`-1` or left out skips the check). */
export type RecordToDelete = { id: number | string; revision?: number | string };

/** Parameters of deleteAllRecords. */
export type DeleteAllRecordsParams = { app: number | string; records: RecordToDelete[] };

/** How deleteAllRecords writes chunks; the result of each record is its ID. */
export function deleteKind(
  params: DeleteAllRecordsParams,
): WriteKind<RecordToDelete, { id: string }, RecordForWrite> {
  return {
    toEntry: (records) => ({
      method: "DELETE",
      api: "/k/v1/records.json",
      payload: {
        app: params.app,
        ids: records.map((record) => record.id),
        ...(records.some((record) => record.revision !== undefined) && {
          revisions: records.map((record) => record.revision ?? -1),
        }),
      },
    }),
    readResults: (_, records) => records.map((record) => ({ id: String(record.id) })),
  };
}
