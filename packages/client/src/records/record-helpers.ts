import type {
  AppDeployStatus,
  RecordForWrite,
  RecordIdRevision,
  RecordUpdateResult,
  SavedRecord,
} from "@kintone-typed/types";
import type { ClientMethods } from "../generated/methods.gen.js";
import type { RetryPolicy } from "../retry-delay.js";
import { type AddAllRecordsParams, addKind } from "./add-all-records.js";
import { type DeleteAllRecordsParams, deleteKind } from "./delete-all-records.js";
import { type DeployAppAndWaitParams, deployAppAndWait } from "./deploy-app-and-wait.js";
import { type AllRecords, type GetAllRecordsParams, getAllRecords } from "./get-all-records.js";
import { type UpdateAllRecordsParams, updateKind } from "./update-all-records.js";
import { type WriteKind, writeAllRecords } from "./write-all-records.js";

/** Options of the all-records writes. */
export type WriteAllOptions = {
  /** bulkRequests in flight at once (default 4; the client's `maxConcurrency` still caps all requests). */
  concurrency?: number;
  /** Stops sending; bulks in flight end as committed, uncommitted or unknown in the error. */
  signal?: AbortSignal;
};

/** Hand-written record helpers merged into `client.record`. */
export interface RecordHelperMethods {
  /** Every record matching `condition`: by `$id` seek, through a cursor with `orderBy`, or by `parallel` seeks. */
  getAllRecords<R extends SavedRecord = SavedRecord>(params: GetAllRecordsParams<R>): AllRecords<R>;
  /** Adds any number of records in bulkRequests of 2,000; throws KintoneAllRecordsError naming each record's outcome. */
  addAllRecords<W extends RecordForWrite = RecordForWrite>(
    params: AddAllRecordsParams<W>,
    options?: WriteAllOptions,
  ): Promise<{ records: RecordIdRevision[] }>;
  /** Updates (or upserts) any number of records in bulkRequests of 2,000; throws KintoneAllRecordsError naming each record's outcome. */
  updateAllRecords<W extends RecordForWrite = RecordForWrite>(
    params: UpdateAllRecordsParams<W>,
    options?: WriteAllOptions,
  ): Promise<{ records: RecordUpdateResult[] }>;
  /** Deletes any number of records in bulkRequests of 2,000; throws KintoneAllRecordsError naming each record's outcome. */
  deleteAllRecords(params: DeleteAllRecordsParams, options?: WriteAllOptions): Promise<void>;
}

/** Hand-written app helpers merged into `client.app`. */
export interface AppHelperMethods {
  /** Deploys the apps' preview settings and waits until every app reports SUCCESS; throws on FAIL, CANCEL or timeout. */
  deployAppAndWait(params: DeployAppAndWaitParams): Promise<AppDeployStatus[]>;
}

/** The helpers a client adds to its generated methods. */
export type ClientHelpers = { record: RecordHelperMethods; app: AppHelperMethods };

/** Builds the helpers on top of a client's generated methods and retry policy. */
export function createHelpers(client: ClientMethods, retry: RetryPolicy): ClientHelpers {
  const write = <T, Result, W extends RecordForWrite>(
    items: readonly T[],
    kind: WriteKind<T, Result, W>,
    options: WriteAllOptions = {},
  ) =>
    writeAllRecords(items, kind, {
      bulkRequest: (requests, signal) =>
        client.bulkRequest<W>({ requests }, { ...(signal && { signal }) }),
      retry,
      concurrency: options.concurrency ?? 4,
      signal: options.signal,
    });
  return {
    record: {
      getAllRecords: (params) => getAllRecords(client, params),
      addAllRecords: async (params, options) => ({
        records: await write(params.records, addKind(client, params), options),
      }),
      updateAllRecords: async (params, options) => ({
        records: await write(params.records, updateKind(params), options),
      }),
      deleteAllRecords: async (params, options) => {
        await write(params.records, deleteKind(params), options);
      },
    },
    app: { deployAppAndWait: (params) => deployAppAndWait(client, params) },
  };
}
