// Opens report.html from disk in headless Chromium (Debian's package) and checks the pictures rendered.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "../../src/report/html.js";
import { peakReport, smallReport } from "./fixture.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// CI must run it (.ci/run installs chromium); a developer machine without the browser skips it loudly.
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run should have installed Debian's chromium`);

// Headless Debian chromium as root, with no background traffic (the machine has no network but the registries).
const launch = () =>
  chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"] });

describe.skipIf(!available)("report.html in a real browser", () => {
  // One browser for both pages: each test opens its own page (a fresh context), and a launch costs a second or two.
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("renders the forecast, the heatmap and the roster with real sizes, and saves a screenshot", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-report-"));
    const file = join(dir, "report.html");
    writeFileSync(file, renderReport(smallReport()));
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    try {
      const requests: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) requests.push(r.url());
      });
      await page.goto(pathToFileURL(file).href);
      const sizes = await page.evaluate(() =>
        ["#forecast-chart", "#coverage-heatmap", "#roster-grid", "#figures"].map((sel) => {
          const box = document.querySelector(sel)?.getBoundingClientRect();
          return { sel, width: box?.width ?? 0, height: box?.height ?? 0 };
        }),
      );
      for (const s of sizes) {
        expect(s.width, s.sel).toBeGreaterThan(100);
        expect(s.height, s.sel).toBeGreaterThan(20);
      }
      const cells = await page.locator("#coverage-heatmap rect").count();
      expect(cells).toBe(smallReport().hours.length);
      const bandBox = await page.locator("#forecast-chart polygon.band").boundingBox();
      expect(bandBox?.height ?? 0).toBeGreaterThan(5);
      expect(await page.locator("#roster-grid tbody tr").count()).toBe(3 * 2); // three agents, in November and December
      expect(requests).toEqual([]);
      const shot = join(dir, "report.png");
      await page.screenshot({ path: shot, fullPage: true });
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
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(pathToFileURL(file).href);
      // The banner is the first thing under the title, red, and says why.
      const banner = page.locator("#verdict");
      expect(await banner.isVisible()).toBe(true);
      expect(await banner.innerText()).toMatch(/NOT ACCEPTABLE/);
      expect(await banner.innerText()).toContain("Fri 27 Nov (Black Friday): 38 agent-hours missing");
      const box = await banner.boundingBox();
      expect(box?.y ?? 1e9).toBeLessThan(150);
      expect(await banner.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(253, 236, 234)");
      // Short days worst first: Black Friday, then Cyber Monday, though 16 Nov comes first by date.
      const first = await page.locator("#short-days tbody tr td.day").allInnerTexts();
      expect(first.slice(0, 3)).toEqual(["Fri 27 Nov", "Mon 30 Nov", "Fri 18 Dec"]);
      // The roster grid names its months and fits the page.
      expect(await page.locator("#roster-grid h3").allInnerTexts()).toEqual([expect.stringMatching(/^November 2026/), expect.stringMatching(/^December 2026/), expect.stringMatching(/^January 2027/)]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Who works Black Friday: named in one row.
      const bf = await page.locator("#event-days tbody tr").first().innerText();
      expect(bf).toMatch(/Black Friday/);
      expect(bf).toMatch(/Sanna|Sven|Siiri/);
      expect(await page.locator("#agent-season tbody tr").count()).toBe(12);
      const shot = join(process.env.PEAKPLAN_SCREENSHOT_DIR ?? dir, "report-not-acceptable.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(existsSync(shot)).toBe(true);
      process.stdout.write(`report screenshot: ${shot}\n`);
    } finally {
      await page.close();
    }
  }, 60_000);
});
