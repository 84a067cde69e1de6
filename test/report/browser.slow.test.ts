// Opens report.html from disk in headless Chromium (Debian's package) and checks the pictures rendered.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "../../src/report/html.js";
import { launch, type Browser } from "./cdp.js";
import { peakReport, smallReport } from "./fixture.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// CI must run it (.ci/run installs chromium); a developer machine without the browser skips it loudly.
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run should have installed Debian's chromium`);

// Headless Debian chromium as root, with no background traffic (the machine has no network but the registries).
const start = () => launch(CHROMIUM, ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]);

// Expressions for page.evaluate, each what a playwright locator call asked before (cdp.ts says why it went).
/** Playwright's isVisible: a box of some size, not hidden by CSS. */
const visible = (selector: string): string =>
  `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return false; const box = el.getBoundingClientRect(); return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden"; })()`;
const count = (selector: string): string => `document.querySelectorAll(${JSON.stringify(selector)}).length`;
const texts = (selector: string): string => `Array.from(document.querySelectorAll(${JSON.stringify(selector)}), (el) => el.innerText)`;
const text = (selector: string): string => `document.querySelector(${JSON.stringify(selector)}).innerText`;
const box = (selector: string): string => `(() => { const b = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: b.x, y: b.y, width: b.width, height: b.height }; })()`;

describe.skipIf(!available)("report.html in a real browser", () => {
  // One browser for both pages: each test opens its own page (a fresh context), and a launch costs a second or two.
  let browser: Browser;
  beforeAll(async () => {
    browser = await start();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("renders the forecast, the heatmap and the roster with real sizes, and saves a screenshot", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-report-"));
    const file = join(dir, "report.html");
    writeFileSync(file, renderReport(smallReport()));
    const page = await browser.newPage({ width: 1200, height: 900 });
    try {
      await page.goto(pathToFileURL(file).href);
      const sizes = await page.evaluate<Array<{ sel: string; width: number; height: number }>>(`
        ["#forecast-chart", "#coverage-heatmap", "#roster-grid", "#figures"].map((sel) => {
          const box = document.querySelector(sel)?.getBoundingClientRect();
          return { sel, width: box?.width ?? 0, height: box?.height ?? 0 };
        })`);
      for (const s of sizes) {
        expect(s.width, s.sel).toBeGreaterThan(100);
        expect(s.height, s.sel).toBeGreaterThan(20);
      }
      const cells = await page.evaluate<number>(count("#coverage-heatmap rect"));
      expect(cells).toBe(smallReport().hours.length);
      const bandBox = await page.evaluate<{ height: number }>(box("#forecast-chart polygon.band"));
      expect(bandBox.height).toBeGreaterThan(5);
      expect(await page.evaluate<number>(count("#roster-grid tbody tr"))).toBe(3 * 2); // three agents, in November and December
      expect(page.requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
      const shot = join(dir, "report.png");
      await page.screenshot(shot);
      expect(existsSync(shot)).toBe(true);
      process.stdout.write(`report screenshot: ${shot}\n`);
    } finally {
      await page.close();
    }
  }, 60_000);

  it("shows a not-acceptable plan as a lead needs it: red banner, worst day first, months named, no sideways scroll", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-report-peak-"));
    const file = join(dir, "report.html");
    writeFileSync(file, renderReport(peakReport()));
    const page = await browser.newPage({ width: 1280, height: 900 });
    try {
      await page.goto(pathToFileURL(file).href);
      // The banner is the first thing under the title, red, and says why.
      expect(await page.evaluate<boolean>(visible("#verdict"))).toBe(true);
      expect(await page.evaluate<string>(text("#verdict"))).toMatch(/NOT ACCEPTABLE/);
      expect(await page.evaluate<string>(text("#verdict"))).toContain("Fri 27 Nov (Black Friday): 38 agent-hours missing");
      expect((await page.evaluate<{ y: number }>(box("#verdict"))).y).toBeLessThan(150);
      expect(await page.evaluate<string>(`getComputedStyle(document.querySelector("#verdict")).backgroundColor`)).toBe("rgb(253, 236, 234)");
      // Short days worst first: Black Friday, then Cyber Monday, though 16 Nov comes first by date.
      const first = await page.evaluate<string[]>(texts("#short-days tbody tr td.day"));
      expect(first.slice(0, 3)).toEqual(["Fri 27 Nov", "Mon 30 Nov", "Fri 18 Dec"]);
      // The roster grid names its months and fits the page.
      expect(await page.evaluate<string[]>(texts("#roster-grid h3"))).toEqual([expect.stringMatching(/^November 2026/), expect.stringMatching(/^December 2026/), expect.stringMatching(/^January 2027/)]);
      const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
      expect(overflow).toBeLessThanOrEqual(0);
      // Who works Black Friday: named in one row.
      const bf = await page.evaluate<string>(text("#event-days tbody tr"));
      expect(bf).toMatch(/Black Friday/);
      expect(bf).toMatch(/Sanna|Sven|Siiri/);
      expect(await page.evaluate<number>(count("#agent-season tbody tr"))).toBe(12);
      const shot = join(process.env.PEAKPLAN_SCREENSHOT_DIR ?? dir, "report-not-acceptable.png");
      await page.screenshot(shot);
      expect(existsSync(shot)).toBe(true);
      process.stdout.write(`report screenshot: ${shot}\n`);
    } finally {
      await page.close();
    }
  }, 60_000);
});
