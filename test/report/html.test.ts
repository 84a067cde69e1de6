import { describe, expect, it } from "vitest";
import { onCallShortFigure } from "../../src/plan/assemble.js";
import { renderReport } from "../../src/report/html.js";
import { coverageColour } from "../../src/report/svg.js";
import { peakReport, smallReport } from "./fixture.js";

describe("report.html", () => {
  const html = renderReport(smallReport());

  it("is self-contained: no scripts and nothing fetched from the network", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?https?:/i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it("escapes names that came from input files", () => {
    expect(html).toContain("Ana &lt;Senior&gt;");
    expect(html).not.toContain("Ana <Senior>");
    expect(html).toContain("Holiday plan &lt;test &amp; co&gt;");
  });

  it("has the three pictures and the key figures", () => {
    for (const id of ["forecast-chart", "coverage-heatmap", "roster-grid", "figures"]) expect(html).toContain(`id="${id}"`);
    expect(html).toContain("12,345");
    expect(html).toContain("Black Friday");
  });

  it("names the on-call days with no standby when a plan was published with some, and says nothing when none", () => {
    const data = smallReport();
    const withShort = renderReport({ ...data, figures: { ...data.figures, ...onCallShortFigure([{ date: "2026-11-27", standby: 1 }, { date: "2026-11-28", standby: 0 }, { date: "2026-11-29", standby: 2 }]) } });
    // Counted as the verdict counts them (a day needing two on standby with none is two), on the dates named.
    expect(withShort).toContain('<div class="figure bad"><b>3</b><span>on-call days unfilled (one agent on standby for one day) on 2 dates: 2026-11-27, 2026-11-29</span></div>');
    expect(onCallShortFigure([{ date: "2026-11-27", standby: 0 }])).toEqual({});
    expect(html).not.toContain("on-call days unfilled");
  });

  it("names the peak hours short of seniors and the senior-hours missing, not a season total", () => {
    expect(html).toContain("peak hours short of seniors: 2 senior-hours missing (worst, on shift/needed: 2026-11-27 17:00 1/3)");
    expect(renderReport(peakReport())).toContain("<b>0</b><span>peak hours short of seniors (busiest tenth)</span>");
  });

  it("marks short hours red and covered hours green", () => {
    expect(html.match(/class="short"/g)).toHaveLength(1);
    expect(coverageColour(3, 1)).toMatch(/^hsl\(0,/);
    expect(coverageColour(3, 3)).toBe("#7cc68f");
    expect(coverageColour(0, 0)).toBe("#f4f4f4");
  });

  it("gives new hires and seniors their own marks in the roster", () => {
    expect(html).toMatch(/<tr class="senior">/);
    expect(html).toMatch(/<tr class="new">/);
    expect(html).toMatch(/<td class="[^"]*\bs-on-call"/);
  });
});

describe("report.html for a plan that is not acceptable", () => {
  const html = renderReport(peakReport());
  const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

  it("opens with a red banner that says so and why", () => {
    expect(html.indexOf('id="verdict" class="verdict bad"')).toBeGreaterThan(-1);
    expect(html.indexOf('id="verdict"')).toBeLessThan(html.indexOf('id="figures"'));
    expect(text).toContain("NOT ACCEPTABLE");
    expect(text).toContain("3 senior-hours are missing");
  });

  it("lists the short days worst first", () => {
    const days = [...html.matchAll(/<td class="day">([^<]+)<\/td>/g)].map((m) => m[1]);
    expect(days.slice(0, 5)).toEqual(["Fri 27 Nov", "Mon 30 Nov", "Fri 18 Dec", "Sat 28 Nov", "Mon 16 Nov"]);
  });

  it("splits the roster by month, named, and spells out every shift code", () => {
    expect([...html.matchAll(/<div class="month"><h3>([A-Za-z]+ \d{4})/g)].map((m) => m[1])).toEqual(["November 2026", "December 2026", "January 2027"]);
    expect(text).toMatch(/Ea early 07:00–15:00 · D day 09:00–17:00 · Ev evening 14:00–22:00 · OC on call/);
    expect(html).not.toMatch(/>V<\/td>/);
  });

  it("keys the actual line only when there is one", () => {
    expect(text).not.toContain("actual so far");
    const withActual = peakReport();
    if (withActual.days[0]) withActual.days[0].actual = 300;
    expect(renderReport(withActual)).toContain("actual so far");
  });

  it("has each agent's season and who works Black Friday", () => {
    expect(html.match(/<tbody><tr class="(senior|experienced|new)"><th class="agent">/)).not.toBeNull();
    expect((html.match(/id="agent-season"[\s\S]*?<\/table>/)?.[0].match(/<tr class=/g) ?? []).length).toBe(12);
    expect(text).toMatch(/Fri 27 Nov Black Friday \d+ \d+ Sanna/);
  });
});

describe("report.html of a mid-season re-plan", () => {
  it("names the days it covers, not the whole season, and shows the verdict's notes", () => {
    const data = smallReport();
    const html = renderReport({ ...data, window: { ...data.window, plannedFrom: "2026-11-25" }, verdict: { ...data.verdict, notes: ["kept as published until 2026-11-27, and short there"] } });
    expect(html).toContain(`<p class="sub">Re-planned 2026-11-25 to ${data.window.to}, the rest of the season ${data.window.from} to ${data.window.to}: every figure below is from 2026-11-25 on`);
    expect(html).toContain("<li><b>Warning:</b> kept as published until 2026-11-27, and short there</li>");
    expect(renderReport(data)).toContain(`<p class="sub">Season ${data.window.from} to ${data.window.to}`);
  });
});
