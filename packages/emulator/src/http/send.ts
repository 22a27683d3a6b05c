import type { ServerResponse } from "node:http";
import type { FileReply } from "../routes/route.js";

/** Sends a JSON answer. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
  });
  response.end(text);
}

/** Sends a downloaded file with the content type it was uploaded with. */
export function sendFile(response: ServerResponse, file: FileReply): void {
  response.writeHead(200, {
    "Content-Type": file.contentType,
    "Content-Length": file.data.length,
    "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
  response.end(file.data);
}

/** Sends an HTML error page, as a proxy or maintenance page in front of kintone would. */
export function sendHtml(response: ServerResponse, status: number): void {
  const text = `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status}</h1></body></html>`;
  response.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
  });
  response.end(text);
}
