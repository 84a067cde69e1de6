import { describe, expect, it } from "vitest";
import { renderReport } from "../../src/report/html.js";
import { coverageColour } from "../../src/report/svg.js";
import { smallReport } from "./fixture.js";

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
