// Opens report.html from disk in headless Chromium (Debian's package) and checks the pictures rendered.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../src/report/html.js";
import { smallReport } from "./fixture.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// CI must run it (.ci/run installs chromium); a developer machine without the browser skips it loudly.
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run should have installed Debian's chromium`);

describe.skipIf(!available)("report.html in a real browser", () => {
  it("renders the forecast, the heatmap and the roster with real sizes, and saves a screenshot", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peakplan-report-"));
    const file = join(dir, "report.html");
    writeFileSync(file, renderReport(smallReport()));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
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
      expect(await page.locator("#roster-grid tbody tr").count()).toBe(3);
      expect(requests).toEqual([]);
      const shot = join(dir, "report.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(existsSync(shot)).toBe(true);
      process.stdout.write(`report screenshot: ${shot}\n`);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
