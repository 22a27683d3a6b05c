import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { benchPaths } from "./bench-paths.js";

/** A running record server: its origin, the exact body it answers with, and a way to stop it. */
export type RecordServer = { origin: string; body: string; close(): Promise<void> };

/** Starts a server on 127.0.0.1 (free port) answering GET /k/v1/record.json with one fixed record, only for `apiToken`. */
export async function startRecordServer(apiToken: string): Promise<RecordServer> {
  const fixture = path.join(benchPaths.fixtures, "request-overhead", "record.json");
  const body = JSON.stringify(JSON.parse(await readFile(fixture, "utf8")));
  const server = createServer((request, response) => {
    const route = `${request.method} ${request.url?.split("?")[0]}`;
    const status =
      request.headers["x-cybozu-api-token"] !== apiToken
        ? 401
        : route === "GET /k/v1/record.json"
          ? 200
          : 404;
    response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    response.end(status === 200 ? body : JSON.stringify({ code: "BENCH", id: "", message: route }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string")
    throw new Error(`the record server listens on ${address}, not on a TCP port`);
  return {
    origin: `http://127.0.0.1:${address.port}`,
    body,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
