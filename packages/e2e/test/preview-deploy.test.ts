import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kintoneError } from "./kintone-error.js";
import { auth, type E2e, startE2e } from "./start-e2e.js";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
beforeEach(() => e2e.emulator.reset());
afterAll(() => e2e.emulator.close());

const alice = () => e2e.client({ auth: auth.alice });

// Deploys the app's preview settings and polls until kintone reports the outcome.
async function deploy(revision: string): Promise<string[]> {
  const client = alice();
  expect(await client.app.deployApp({ apps: [{ app: 1, revision }] })).toEqual({});
  const statuses: string[] = [];
  for (let status = "PROCESSING"; status === "PROCESSING"; ) {
    const { apps } = await client.app.getDeployStatus({ apps: [1] });
    status = apps[0]?.status ?? "missing";
    statuses.push(status);
  }
  return statuses;
}

describe("preview settings and deploy", () => {
  it("changes form fields in preview only, then deploys them to live", async () => {
    const client = alice();
    const before = await client.app.getFormFields({ app: 1 }, { preview: true });
    const added = await client.app.addFormFields({
      app: 1,
      revision: before.revision,
      properties: {
        region: { type: "SINGLE_LINE_TEXT", code: "region", label: "Region", required: true },
      },
    });
    expect(Number(added.revision)).toBe(Number(before.revision) + 1);
    const preview = await client.app.getFormFields({ app: 1 }, { preview: true });
    const live = await client.app.getFormFields({ app: 1 });
    expect([preview.properties.region?.type, live.properties.region]).toEqual([
      "SINGLE_LINE_TEXT",
      undefined,
    ]);
    const statuses = await deploy(added.revision);
    expect(statuses).toEqual(["PROCESSING", "SUCCESS"]);
    const deployed = await client.app.getFormFields({ app: 1 });
    expect(deployed.properties.region?.type).toBe("SINGLE_LINE_TEXT");
    const missing = await kintoneError(
      client.record.addRecord({ app: 1, record: { title: { value: "No region" } } }),
    );
    expect(Object.keys(missing.errors ?? {})).toEqual(["record.region.value"]);
  });

  it("refuses to deploy a stale preview revision with GAIA_CO02", async () => {
    const client = alice();
    const { revision } = await client.app.getFormFields({ app: 1 }, { preview: true });
    await client.app.addFormFields({
      app: 1,
      properties: { memo: { type: "MULTI_LINE_TEXT", code: "memo", label: "Memo" } },
    });
    const stale = await kintoneError(client.app.deployApp({ apps: [{ app: 1, revision }] }));
    expect(stale.code).toBe("GAIA_CO02");
  });

  it("reads the other preview settings with the same methods", async () => {
    const client = alice();
    const [liveProcess, previewProcess] = await Promise.all([
      client.app.getProcessManagement({ app: 1 }),
      client.app.getProcessManagement({ app: 1 }, { preview: true }),
    ]);
    expect(previewProcess.states).toEqual(liveProcess.states);
    const layout = await client.app.getFormLayout({ app: 1 }, { preview: true });
    expect(layout.revision).toEqual(expect.any(String));
  });
});
