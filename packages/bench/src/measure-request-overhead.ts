import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { createClient } from "@kintone-typed/client";
import type { Figure } from "./figure.js";
import { median } from "./median.js";
import { startRecordServer } from "./start-record-server.js";

const requestsPerRound = 2_000;
const blocksPerRound = 10;
const warmUpRequests = 200;
const rounds = 7;
const minOursRatio = 0.9;
const apiToken = "bench-token";

type Requester = { subject: string; getRecord: () => Promise<unknown> };
type RoundResult = { subject: string; perSecond: number }[];

/** Times sequential one-record GETs against a local server with raw fetch, ours and rest-api-client, interleaved. */
export async function measureRequestOverhead(): Promise<Figure[]> {
  const server = await startRecordServer(apiToken);
  try {
    const requesters = createRequesters(server.origin);
    for (const requester of requesters) await warmUp(requester, server.body);
    const results: RoundResult[] = [];
    for (let round = 0; round < rounds; round++) results.push(await timeRound(requesters, round));
    const rate = (subject: string) => median(results.map((result) => rateOf(result, subject)));
    // Ratios are paired within a round, so load that drifts between rounds cancels out.
    const ratio = (subject: string) =>
      median(results.map((result) => rateOf(result, subject) / rateOf(result, "raw fetch")));
    return requesters.flatMap(({ subject }): Figure[] => {
      const throughput: Figure = {
        benchmark: "request overhead",
        subject,
        metric: `requests/s (median of ${rounds} x ${requestsPerRound.toLocaleString("en-US")})`,
        value: Math.round(rate(subject)).toLocaleString("en-US"),
      };
      if (subject === "raw fetch") return [throughput];
      const relative = ratio(subject);
      return [
        throughput,
        {
          benchmark: "request overhead",
          subject,
          metric: `ratio to raw fetch (median of ${rounds} rounds)`,
          value: `${relative.toFixed(3)}x`,
          target:
            subject === "ours"
              ? { text: `>= ${minOursRatio.toFixed(2)}x`, met: relative >= minOursRatio }
              : undefined,
        },
      ];
    });
  } finally {
    await server.close();
  }
}

// Every requester sends the same API token header and parses the JSON body.
function createRequesters(origin: string): Requester[] {
  const ours = createClient({ baseUrl: origin, auth: { type: "apiToken", token: apiToken } });
  // rest-api-client accepts plain http only for the host name "localhost".
  const restApiClient = new KintoneRestAPIClient({
    baseUrl: origin.replace("127.0.0.1", "localhost"),
    auth: { apiToken },
  });
  const url = `${origin}/k/v1/record.json?app=1&id=1`;
  return [
    {
      subject: "raw fetch",
      getRecord: async () => {
        const response = await fetch(url, { headers: { "X-Cybozu-API-Token": apiToken } });
        if (!response.ok) throw new Error(`raw fetch: HTTP ${response.status}`);
        return response.json();
      },
    },
    { subject: "ours", getRecord: () => ours.record.getRecord({ app: 1, id: 1 }) },
    {
      subject: "rest-api-client",
      getRecord: () => restApiClient.record.getRecord({ app: 1, id: 1 }),
    },
  ];
}

async function warmUp(requester: Requester, expectedBody: string): Promise<void> {
  for (let index = 0; index < warmUpRequests; index++) {
    const body = JSON.stringify(await requester.getRecord());
    if (body !== expectedBody)
      throw new Error(`${requester.subject} returned ${body}, expected the server's record`);
  }
}

// Interleaves blocks of each requester in a rotating order so a burst of load elsewhere hits all of them alike.
async function timeRound(requesters: readonly Requester[], round: number): Promise<RoundResult> {
  const tallies = requesters.map((requester) => ({ requester, ms: 0 }));
  for (let block = 0; block < blocksPerRound; block++) {
    const first = (round + block) % tallies.length;
    const order = [...tallies.slice(first), ...tallies.slice(0, first)];
    // Reversing every other block lets each subject follow each other one (and its garbage).
    for (const tally of block % 2 === 0 ? order : order.reverse()) {
      const started = performance.now();
      for (let index = 0; index < requestsPerRound / blocksPerRound; index++)
        await tally.requester.getRecord();
      tally.ms += performance.now() - started;
    }
  }
  return tallies.map(({ requester, ms }) => ({
    subject: requester.subject,
    perSecond: requestsPerRound / (ms / 1000),
  }));
}

function rateOf(result: RoundResult, subject: string): number {
  const found = result.find((entry) => entry.subject === subject);
  if (!found) throw new Error(`no request-overhead figure for ${subject}`);
  return found.perSecond;
}
