import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the test server saw it. */
export type RecordedRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
};

/** What the server answers: status, headers and a body (objects are sent as JSON). */
export type Reply = { status?: number; headers?: Record<string, string>; body?: unknown };

/** A real HTTP server on 127.0.0.1 that records every request and answers from a queue (default `200 {}`). */
export async function startRecordingServer(): Promise<{
  baseUrl: string;
  requests: RecordedRequest[];
  reply(...replies: (Reply | ((request: RecordedRequest) => Reply))[]): void;
  close(): Promise<void>;
}> {
  const requests: RecordedRequest[] = [];
  const queue: (Reply | ((request: RecordedRequest) => Reply))[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const recorded = {
        method: req.method ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(recorded);
      const next = queue.shift() ?? {};
      const reply = typeof next === "function" ? next(recorded) : next;
      const body = reply.body ?? {};
      const raw = typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body);
      const contentType =
        typeof body === "string" || Buffer.isBuffer(body) ? "text/plain" : "application/json";
      res.writeHead(reply.status ?? 200, { "content-type": contentType, ...reply.headers });
      res.end(raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => queue.push(...replies),
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
