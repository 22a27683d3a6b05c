import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkedClient } from "./checked-client.js";
import { dig } from "./dig.js";
import { spawnCli, stderrOf } from "./spawn-cli.js";
import { as, exampleSeed } from "./test-emulator.js";

const dataDir = mkdtempSync(join(tmpdir(), "kintone-emulator-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("kintone-emulator CLI", () => {
  it("prints its base URL as the first line, serves, and stops cleanly on SIGTERM", async () => {
    const cli = spawnCli(["--port", "0", "--seed", exampleSeed]);
    const baseUrl = await cli.baseUrl;
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const app = await checkedClient(baseUrl)("GET", "/k/v1/app.json?id=1", { auth: as.full });
    expect(dig(app.body, "name")).toBe("Deals");
    cli.child.kill("SIGTERM");
    expect(await cli.exit).toBe(0);
  });

  it("exits with code 2 and a one-line error naming a bad flag", async () => {
    const cli = spawnCli(["--port", "http"]);
    const stderr = stderrOf(cli);
    expect(await cli.exit).toBe(2);
    expect((await stderr).trim().split("\n")).toEqual([expect.stringContaining("--port")]);
  });
});

describe("persistence with --data", () => {
  const batch = 5;

  it("keeps every acknowledged write through a SIGKILL mid-burst, and never half a write", async () => {
    const first = spawnCli(["--port", "0", "--seed", exampleSeed, "--data", dataDir]);
    const baseUrl = await first.baseUrl;
    const acknowledged: string[] = [];
    let killed = false;
    const worker = async (name: string) => {
      for (let round = 0; !killed; round += 1) {
        const titles = Array.from({ length: batch }, (_, index) => `${name}-${round}-${index}`);
        try {
          const response = await fetch(`${baseUrl}/k/v1/records.json`, {
            method: "POST",
            headers: { "X-Cybozu-API-Token": "deals-full", "Content-Type": "application/json" },
            body: JSON.stringify({
              app: 1,
              records: titles.map((title) => ({ title: { value: title } })),
            }),
          });
          if (response.status === 200) acknowledged.push(...titles);
        } catch {
          return;
        }
        if (acknowledged.length >= 200 * batch && !killed) {
          killed = true;
          first.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(["a", "b", "c", "d"].map(worker));
    await first.exit;

    const second = spawnCli(["--port", "0", "--seed", exampleSeed, "--data", dataDir]);
    const call = checkedClient(await second.baseUrl);
    const stored: string[] = [];
    const cursor = await call("POST", "/k/v1/records/cursor.json", {
      auth: as.full,
      json: { app: 1, fields: ["title"], query: 'title like "-"', size: 500 },
    });
    for (let next = true; next; ) {
      const page = await call("GET", `/k/v1/records/cursor.json?id=${dig(cursor.body, "id")}`, {
        auth: as.full,
      });
      stored.push(
        ...(dig(page.body, "records") as { title: { value: string } }[]).map(
          (record) => record.title.value,
        ),
      );
      next = dig(page.body, "next") === true;
    }
    second.child.kill("SIGTERM");
    await second.exit;

    expect(acknowledged.length).toBeGreaterThanOrEqual(200 * batch);
    const storedSet = new Set(stored);
    expect(acknowledged.filter((title) => !storedSet.has(title))).toEqual([]);
    expect(stored.length).toBe(storedSet.size);
    const perBatch = new Map<string, number>();
    for (const title of stored) {
      const key = title.slice(0, title.lastIndexOf("-"));
      perBatch.set(key, (perBatch.get(key) ?? 0) + 1);
    }
    expect([...perBatch.values()].every((count) => count === batch)).toBe(true);
  });
});
