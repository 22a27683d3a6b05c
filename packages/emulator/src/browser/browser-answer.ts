import type { ServerResponse } from "node:http";

/** A reply of the browser endpoints: status, headers and a text or binary body. */
export type BrowserAnswer = {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
};

/** Sends a browser endpoint's reply. */
export function sendBrowserAnswer(response: ServerResponse, answer: BrowserAnswer): void {
  response.writeHead(answer.status, {
    ...answer.headers,
    "Content-Length": Buffer.byteLength(answer.body),
  });
  response.end(answer.body);
}
