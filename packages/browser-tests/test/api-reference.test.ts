import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./launch-chromium.js";
import { loadSpecOutline, type SpecOperation, type SpecOutline } from "./load-spec-outline.js";

/** The page `@kintone-typed/api-reference` builds: one self-contained file, opened from disk. */
const referencePage = join(
  dirname(createRequire(import.meta.url).resolve("@kintone-typed/api-reference/package.json")),
  "dist/index.html",
);
const screenshotFile = fileURLToPath(new URL("../test-results/api-reference.png", import.meta.url));

/** Where Redoc 3 routes an operation: `#/<tag>/<operationId in lower case>`. */
function anchorOf(operation: SpecOperation): string {
  return `${operation.tag}/${operation.operationId.toLowerCase()}`;
}

/** What the page shows of one operation: its section's heading and request line, its menu entry. */
type ShownOperation = { heading: string; request: string; menuLabel: string; menuMethod: string };

/** How the page must show `operation`. */
function expectedOf(operation: SpecOperation): ShownOperation {
  return {
    heading: operation.summary,
    request: `${operation.method.toUpperCase()}${operation.path}`,
    menuLabel: operation.summary,
    menuMethod: operation.method,
  };
}

/** In the page: the operation at `anchor` once its section and its menu entry are rendered. */
const readOperation = (anchor: string): ShownOperation | null => {
  const section = document.getElementById(anchor);
  if (section?.dataset.itemKind !== "httpItem") return null;
  // The heading's own text: without its link anchor and a deprecated operation's badge.
  const headingNodes = [...(section.querySelector("h2")?.childNodes ?? [])];
  const heading = headingNodes
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join("")
    .trim();
  const request = section.querySelector(
    "[data-testid=right-panel] [data-component-name='Panel/PanelHeader'] button",
  )?.textContent;
  const entry = document.querySelector(`[data-component-name='Menu/Menu'] a[href="#/${anchor}"]`);
  if (!heading || !request || !entry) return null;
  return {
    heading,
    request,
    menuLabel: entry.querySelector("[data-text]")?.getAttribute("data-text") ?? "",
    menuMethod: entry.querySelector("[data-component-name='Tags/HttpTag']")?.textContent ?? "",
  };
};

/** Opens the operation's route and reads what the page shows of it; null when it never appears. */
async function showOperation(page: Page, operation: SpecOperation): Promise<ShownOperation | null> {
  const anchor = anchorOf(operation);
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/${anchor}`);
  try {
    const shown = await page.waitForFunction(readOperation, anchor, { timeout: 10_000 });
    return await shown.jsonValue();
  } catch {
    return null;
  }
}

let spec: SpecOutline;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const requests: Request[] = [];
beforeAll(async () => {
  spec = await loadSpecOutline();
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  page.on("request", (request) => requests.push(request));
  await page.goto(pathToFileURL(referencePage).href);
});
afterAll(() => browser?.close());

describe("the API reference page, opened from disk in headless Chromium", () => {
  it("has the title and every tag in its HTML, before any script runs", async () => {
    const html = await readFile(referencePage, "utf8");
    const rendered = /<div id="redoc">([\s\S]*?)<script type="module">/.exec(html)?.[1] ?? "";
    expect(rendered).toContain(`>${spec.title}<`);
    expect(spec.tags.filter((tag) => !rendered.includes(`>${tag}<`))).toEqual([]);
  });

  it("shows every operation of the spec with its summary, method and path, each in the side menu", async () => {
    // 105 when this test was written; fewer would mean the spec was misread.
    expect(spec.operations.length).toBeGreaterThanOrEqual(105);
    const shown: (ShownOperation | null)[] = [];
    for (const operation of spec.operations) {
      shown.push(await showOperation(page, operation));
      // A page that shows none would otherwise cost 10 s per operation before failing.
      if (shown.length >= 3 && shown.slice(-3).every((one) => one === null)) break;
    }
    expect(shown).toEqual(spec.operations.map(expectedOf));
  }, 240_000);

  it("lists a tag's operations in the side menu, search ready (screenshot in test-results/)", async () => {
    const ofFirstTag = spec.operations.filter((operation) => operation.tag === spec.tags[0]);
    const [first] = ofFirstTag;
    if (!first) throw new Error(`The spec has no operation tagged ${spec.tags[0]}`);
    expect(await showOperation(page, first)).toEqual(expectedOf(first));
    const entries = page.locator(`[data-component-name='Menu/Menu'] a[href^="#/${first.tag}/"]`);
    const listed = await entries.evaluateAll((links) =>
      links.map((link) => ({
        label: link.querySelector("[data-text]")?.getAttribute("data-text"),
        method: link.querySelector("[data-component-name='Tags/HttpTag']")?.textContent,
      })),
    );
    expect(listed).toEqual(
      ofFirstTag.map((operation) => ({ label: operation.summary, method: operation.method })),
    );
    for (const entry of await entries.all()) expect(await entry.isVisible()).toBe(true);
    // The search box reads "Loading..." until its index is built.
    const search = page.getByTestId("search-trigger");
    await expect.poll(() => search.textContent(), { timeout: 20_000 }).not.toContain("Loading");
    await page.screenshot({ path: screenshotFile });
  });

  // Last, so the requests are those of opening every operation.
  it("sends nothing beyond the file: its policy stops Redoc's attribution logo in the browser", async () => {
    const elsewhere = requests.filter(
      (request) => !["file:", "data:", "blob:"].includes(new URL(request.url()).protocol),
    );
    // Settles each request, so failure() tells what stopped it.
    await Promise.all(elsewhere.map((request) => request.response()));
    const sent = elsewhere.filter((request) => request.failure()?.errorText !== "csp");
    expect(sent.map((request) => request.url())).toEqual([]);
  });
});
