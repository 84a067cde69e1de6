// A zone named in the time column's header: "Luotu (Europe/Stockholm)", "(CET)", "(UTC+01:00)" were read as store
// wall times, every ticket an hour off, exit 0. Naive times are read in the named zone and the summary says so.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { headerZone } from "../../src/ingest/header-zone.js";
import { ingestExport } from "../../src/ingest/read.js";
import { ingestWarnings } from "../../src/io/ingest-warnings.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-header-zone-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A summer and a winter ticket under the header, read in Helsinki (+03:00 in summer, +02:00 in winter). */
async function read(header: string): Promise<{ first?: string; last?: string; format: string; warnings: string[] }> {
  const file = join(dir, `${header.replace(/\W+/g, "_")}.csv`);
  writeFileSync(file, `\uFEFFTiketin ID;${header};Kanava\n1;1.9.2025 10.00;Sähköposti\n2;1.12.2025 10.00;Sähköposti\n`);
  const r = await ingestExport(file, { zone: "Europe/Helsinki", now: Date.UTC(2026, 0, 1) });
  return { first: r.summary.firstTicket, last: r.summary.lastTicket, format: r.summary.dateFormat, warnings: ingestWarnings(r.summary) };
}

describe("a zone in the time column's header", () => {
  it("an IANA name reads naive times there, with DST, and says so", async () => {
    const r = await read("Luotu (Europe/Stockholm)");
    expect([r.first, r.last]).toEqual(["2025-09-01T11:00:00+03:00", "2025-12-01T11:00:00+02:00"]);
    expect(r.format).toBe("dd.MM.yyyy HH:mm (naive times read in Europe/Stockholm, from the header)");
    expect(r.warnings).toContainEqual(expect.stringMatching(/naive times in "Luotu \(Europe\/Stockholm\)" read in Europe\/Stockholm, as the column's header names it; hours are counted in Europe\/Helsinki$/));
  });

  it("CET is Central European wall time, summer time included (as Europe/Paris)", async () => {
    const r = await read("Luotu (CET)");
    expect([r.first, r.last]).toEqual(["2025-09-01T11:00:00+03:00", "2025-12-01T11:00:00+02:00"]);
    expect(r.format).toContain("naive times read in Europe/Paris, CET in the header");
  });

  it("an offset of the store zone is its clock, summer time included: a Helsinki desk's (GMT+02:00)", async () => {
    const r = await read("Luotu (GMT+02:00)");
    expect([r.first, r.last]).toEqual(["2025-09-01T10:00:00+03:00", "2025-12-01T10:00:00+02:00"]);
    expect(r.format).toContain("naive times read in Europe/Helsinki, whose offset the header's UTC+02:00 is");
  });

  it("'(UTC+00:00)' is a London store's own clock, summer time included, but UTC for a Helsinki store", async () => {
    const file = join(dir, "london.csv");
    writeFileSync(file, "Ticket ID,Created (UTC+00:00),Channel\n1,2025-07-01 10:00,Email\n2,2025-12-01 10:00,Email\n");
    const london = await ingestExport(file, { zone: "Europe/London", now: Date.UTC(2026, 0, 1) });
    expect([london.summary.firstTicket, london.summary.lastTicket]).toEqual(["2025-07-01T10:00:00+01:00", "2025-12-01T10:00:00+00:00"]);
    const helsinki = await ingestExport(file, { zone: "Europe/Helsinki", now: Date.UTC(2026, 0, 1) });
    expect(helsinki.summary.firstTicket).toBe("2025-07-01T13:00:00+03:00");
  });

  it("another offset stops with exit 2: '(UTC+01:00)' labels Stockholm's clock as often as a fixed offset", async () => {
    await expect(read("Luotu (UTC+01:00)")).rejects.toThrow(/column "Luotu \(UTC\+01:00\)": the header's unit "UTC\+01:00" names no single time-zone rule and is not an offset of the store zone Europe\/Helsinki/);
  });

  it("an abbreviation naming no single rule stops with exit 2, naming the column", async () => {
    await expect(read("Luotu (CST)")).rejects.toThrow(/column "Luotu \(CST\)": the header's unit "CST" names no single time-zone rule; expected an IANA zone/);
    await expect(read("Luotu (UTC+05:30)")).rejects.toThrow(/names no single time-zone rule/);
  });

  it("a unit that is no zone, or the store's own zone, leaves naive times in the store zone without a line", async () => {
    expect(headerZone("Luotu (pvm)")).toBeUndefined();
    const r = await read("Luotu (Europe/Helsinki)");
    expect(r.first).toBe("2025-09-01T10:00:00+03:00");
    expect(r.warnings.join("\n")).not.toMatch(/as the column's header names it/);
  });
});
