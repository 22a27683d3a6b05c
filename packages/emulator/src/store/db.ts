import type {
  AppState,
  CommentState,
  FileState,
  NamedEntity,
  TokenState,
  UserState,
} from "../apps/app-state.js";
import type { StoredRecord } from "../query/index.js";
import type { Transaction } from "./transaction.js";

const recordsTable = (app: string): string => `records/${app}`;
const commentsTable = (app: string): string => `comments/${app}`;

/** Typed access to the emulator's tables through one transaction. */
export class Db {
  /** The transaction every read and write goes through. */
  readonly tx: Transaction;

  constructor(tx: Transaction) {
    this.tx = tx;
  }

  /** The app with the id, if any. */
  app(id: string): AppState | undefined {
    return this.tx.get("apps", id) as AppState | undefined;
  }

  /** Every app. */
  apps(): readonly AppState[] {
    return this.tx.values("apps") as readonly AppState[];
  }

  /** Stores an app. */
  putApp(app: AppState): void {
    this.tx.put("apps", app.id, app);
  }

  /** The seeded user with the login name, if any. */
  user(code: string): UserState | undefined {
    return this.tx.get("users", code) as UserState | undefined;
  }

  /** Stores a user. */
  putUser(user: UserState): void {
    this.tx.put("users", user.code, user);
  }

  /** Every user. */
  users(): readonly UserState[] {
    return this.tx.values("users") as readonly UserState[];
  }

  /** The API token, if it exists. */
  token(token: string): TokenState | undefined {
    return this.tx.get("tokens", token) as TokenState | undefined;
  }

  /** Stores an API token. */
  putToken(token: TokenState): void {
    this.tx.put("tokens", token.token, token);
  }

  /** The organization with the code, if any. */
  organization(code: string): NamedEntity | undefined {
    return this.tx.get("organizations", code) as NamedEntity | undefined;
  }

  /** Stores an organization. */
  putOrganization(entity: NamedEntity): void {
    this.tx.put("organizations", entity.code, entity);
  }

  /** The group with the code, if any. */
  group(code: string): NamedEntity | undefined {
    return this.tx.get("groups", code) as NamedEntity | undefined;
  }

  /** Stores a group. */
  putGroup(entity: NamedEntity): void {
    this.tx.put("groups", entity.code, entity);
  }

  /** The stored record of an app, if any. */
  record(app: string, id: string): StoredRecord | undefined {
    return this.tx.get(recordsTable(app), id) as StoredRecord | undefined;
  }

  /** Every stored record of an app, by ascending `$id`: ids come from one counter and a Map keeps insertion order. */
  records(app: string): readonly StoredRecord[] {
    return this.tx.values(recordsTable(app)) as readonly StoredRecord[];
  }

  /** The ids of an app's records whose field holds the value, in no particular order. */
  recordIdsWithValue(app: string, field: string, value: string): string[] {
    return this.tx.keysWithValue(recordsTable(app), field, value);
  }

  /** Stores a record of an app. */
  putRecord(app: string, id: string, record: StoredRecord): void {
    this.tx.put(recordsTable(app), id, record);
  }

  /** Removes a record of an app. */
  deleteRecord(app: string, id: string): void {
    this.tx.delete(recordsTable(app), id);
  }

  /** A comment on a record, if any. */
  comment(app: string, record: string, id: string): CommentState | undefined {
    return this.tx.get(commentsTable(app), `${record}/${id}`) as CommentState | undefined;
  }

  /** Every comment on a record. */
  comments(app: string, record: string): CommentState[] {
    return (this.tx.values(commentsTable(app)) as readonly CommentState[]).filter(
      (comment) => comment.record === record,
    );
  }

  /** Stores a comment. */
  putComment(app: string, comment: CommentState): void {
    this.tx.put(commentsTable(app), `${comment.record}/${comment.id}`, comment);
  }

  /** Removes a comment. */
  deleteComment(app: string, record: string, id: string): void {
    this.tx.delete(commentsTable(app), `${record}/${id}`);
  }

  /** The file with the key, if any. */
  file(key: string): FileState | undefined {
    return this.tx.get("files", key) as FileState | undefined;
  }

  /** Stores a file. */
  putFile(file: FileState): void {
    this.tx.put("files", file.fileKey, file);
  }

  /** The next number of a named counter, starting at 1. */
  next(sequence: string): number {
    const value = ((this.tx.get("sequences", sequence) as number | undefined) ?? 0) + 1;
    this.tx.put("sequences", sequence, value);
    return value;
  }
}
