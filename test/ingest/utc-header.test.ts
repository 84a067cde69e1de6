// A UTC or GMT unit on the time column's header: its naive times are UTC instants, not store-local wall times.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { normaliseHeader } from "../../src/ingest/columns.js";
import { headerZone } from "../../src/ingest/header-zone.js";
import { ingestExport } from "../../src/ingest/read.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-utc-header-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = Date.UTC(2027, 0, 1);
function exportOf(name: string, header: string, times: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `Ticket ID,${header},Channel\n${times.map((t, i) => `${i + 1},${t},Chat`).join("\n")}\n`);
  return path;
}

describe("the time column's unit", () => {
  it.each([
    ["Created at (UTC)", true],
    ["Created at [UTC]", true],
    ["Created at UTC", true],
    ["created_at_utc", true],
    ["Created at (GMT)", true],
    ["Created at (GMT+0)", true],
    ["Created at (UTC+00:00)", true],
    ["Created at", false],
    ["Created at (UTC+2)", false],
    ["Created at (GMT+02:00)", false],
    ["Outcome date", false],
  ] as const)("%s names UTC: %s", (header, utc) => {
    const zone = headerZone(header);
    expect(zone !== undefined && "zone" in zone && zone.zone === "UTC").toBe(utc);
  });

  it("a trailing unit, in brackets or as a last word, does not hide the column's name", () => {
    for (const h of ["Created at (UTC)", "Created at [UTC]", "Created at UTC", "created_at_utc", "Created at GMT+0", "Created at (Europe/Helsinki)", "Created at (GMT+02:00) Helsinki", "Created at (UTC+01:00) Amsterdam, Berlin, Bern"]) {
      expect(normaliseHeader(h)).toBe("created at");
    }
    expect(normaliseHeader("UTC")).toBe("utc");
  });
});

describe("reading naive times under a UTC header", () => {
  const times = ["2026-08-01 15:17:00", "2026-08-01T16:00:00+02:00", "2026-12-01 15:17:00"];

  it("reads them as UTC instants; a value with its own offset keeps it; the summary says so", async () => {
    const r = await ingestExport(exportOf("utc.csv", "Created at (UTC)", times), { zone: "Europe/Helsinki", now: NOW });
    expect(r.summary.firstTicket).toBe("2026-08-01T17:00:00+03:00");
    expect(r.series.hours).toContain("2026-08-01T18:00+03:00");
    expect(r.summary.lastTicket).toBe("2026-12-01T17:17:00+02:00");
    expect(r.summary.dateFormat).toContain("naive times read as UTC, from the header");
  });

  it("Windows' label of a zone, a bracketed offset and its cities, names the store's clock", async () => {
    const r = await ingestExport(exportOf("windows.csv", '"Created at (UTC+02:00) Helsinki, Kyiv, Riga"', times.slice(0, 1)), { zone: "Europe/Helsinki", now: NOW });
    expect(r.summary.firstTicket).toBe("2026-08-01T15:17:00+03:00");
  });

  it.each(["Created at [UTC]", "Created at GMT", "created_at_utc"])("%s is found and read as UTC", async (header) => {
    const r = await ingestExport(exportOf("utc2.csv", header, times.slice(0, 1)), { zone: "Europe/Helsinki", now: NOW });
    expect(r.summary.firstTicket).toBe("2026-08-01T18:17:00+03:00");
  });

  it("a --date-format under a UTC header reads naive times as UTC too", async () => {
    const r = await ingestExport(exportOf("utc3.csv", "Created at (UTC)", ["01.08.2026 15.17"]), { zone: "Europe/Helsinki", now: NOW, dateFormat: "dd.MM.yyyy HH.mm" });
    expect(r.summary.firstTicket).toBe("2026-08-01T18:17:00+03:00");
    expect(r.summary.dateFormat).toContain("naive times read as UTC, from the header");
  });

  it("without the unit, naive times stay in the store zone", async () => {
    const r = await ingestExport(exportOf("local.csv", "Created at", times.slice(0, 1)), { zone: "Europe/Helsinki", now: NOW });
    expect(r.summary.firstTicket).toBe("2026-08-01T15:17:00+03:00");
    expect(r.summary.dateFormat).not.toContain("UTC");
  });
});
