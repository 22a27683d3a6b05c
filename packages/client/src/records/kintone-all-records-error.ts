/** What happened to each input record when an all-records write stopped. */
export type AllRecordsReport<Result> = {
  /** Input indexes of records kintone committed. */
  committed: number[];
  /** Input indexes of records kintone did not commit (rolled back, failed or never sent). */
  uncommitted: number[];
  /** Input indexes whose outcome is unknown: the connection ended after sending and nothing could confirm it. */
  unknown: number[];
  /** The input index of the record kintone rejected, when its error names one. */
  failedRecordIndex: number | undefined;
  /** kintone's result per input index, for committed records. */
  results: (Result | undefined)[];
};

/** An addAllRecords/updateAllRecords/deleteAllRecords call that stopped: which records were committed, which not, and why. */
export class KintoneAllRecordsError<Result = unknown> extends Error {
  override readonly name = "KintoneAllRecordsError";
  /** Input indexes of records kintone committed. */
  readonly committed: number[];
  /** Input indexes of records kintone did not commit. */
  readonly uncommitted: number[];
  /** Input indexes whose outcome is unknown. */
  readonly unknown: number[];
  /** The input index of the record kintone rejected, when its error names one. */
  readonly failedRecordIndex: number | undefined;
  /** kintone's result per input index, for committed records. */
  readonly results: (Result | undefined)[];

  constructor(report: AllRecordsReport<Result>, cause: unknown) {
    const at =
      report.failedRecordIndex === undefined ? "" : ` at record ${report.failedRecordIndex}`;
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `${report.committed.length} records committed, ${report.uncommitted.length} not committed, ${report.unknown.length} unknown; stopped${at}: ${reason}`,
      { cause },
    );
    this.committed = report.committed;
    this.uncommitted = report.uncommitted;
    this.unknown = report.unknown;
    this.failedRecordIndex = report.failedRecordIndex;
    this.results = report.results;
  }
}
