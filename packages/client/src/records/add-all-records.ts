import type { RecordForWrite, RecordIdRevision } from "@kintone-typed/types";
import type { ClientMethods } from "../generated/methods.gen.js";
import type { Chunk } from "./plan-bulks.js";
import type { WriteKind } from "./write-all-records.js";

/** Parameters of addAllRecords. */
export type AddAllRecordsParams<W extends RecordForWrite = RecordForWrite> = {
  app: number | string;
  records: W[];
  /** A unique field every record sets: after a lost connection the helper looks the values up to learn whether the bulk was committed, instead of reporting it as unknown. */
  verifyBy?: keyof W & string;
};

/** How addAllRecords writes chunks and, given `verifyBy`, settles a lost connection by looking the unique values up. */
export function addKind<W extends RecordForWrite>(
  client: ClientMethods,
  params: AddAllRecordsParams<W>,
): WriteKind<W, RecordIdRevision, W> {
  const { app, verifyBy } = params;
  return {
    toEntry: (records) => ({
      method: "POST",
      api: "/k/v1/records.json",
      payload: { app, records },
    }),
    readResults: (response) => {
      if (!response || !("ids" in response))
        throw new Error("bulkRequest answered an addRecords request without record IDs");
      return response.ids.map((id, index) => ({ id, revision: response.revisions[index] ?? "1" }));
    },
    ...(verifyBy !== undefined && {
      verify: (bulk: Chunk<W>[]) => verifyAdded(client, app, verifyBy, bulk),
    }),
  };
}

// The bulk is atomic: its first chunk tells whether all of it was committed.
async function verifyAdded<W extends RecordForWrite>(
  client: ClientMethods,
  app: number | string,
  field: string,
  bulk: Chunk<W>[],
): Promise<RecordIdRevision[][] | false | undefined> {
  const found: RecordIdRevision[][] = [];
  for (const chunk of bulk) {
    const keys = chunk.items.map((record) => record[field]?.value);
    if (!keys.every((key): key is string => typeof key === "string")) return undefined;
    const { records } = await client.record.getRecords({
      app,
      query: `${field} in (${keys.map(quote).join(", ")}) limit 500`,
      fields: ["$id", "$revision", field],
    });
    const byKey = new Map(records.map((record) => [record[field]?.value, record]));
    if (found.length === 0 && byKey.size === 0) return false;
    const results = keys.map((key) => byKey.get(key));
    if (!results.every((record) => record !== undefined)) return undefined;
    found.push(
      results.map((record) => ({
        id: String(record.$id?.value),
        revision: String(record.$revision?.value),
      })),
    );
  }
  return found;
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
