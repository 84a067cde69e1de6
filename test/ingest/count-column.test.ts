// An aggregated report (one row per hour and channel with a ticket count) was read as one ticket per row: 10,185 rows
// holding 49,705 tickets planned a third of the season, exit 0. A column whose header names a count is read as one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyConfig, defaultConfig } from "../../src/config.js";
import { ingestExport } from "../../src/ingest/read.js";
import { ingestWarnings } from "../../src/io/ingest-warnings.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-count-"));
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const read = (file: string, countColumn?: string) =>
  ingestExport(file, { zone: "Europe/Helsinki", now: Date.UTC(2026, 0, 1), ...(countColumn === undefined ? {} : { countColumn }) });
const total = (r: Awaited<ReturnType<typeof read>>): number => [...r.series.counts.values()].flat().reduce((a, b) => a + b, 0);

const report = write("report.csv", "\uFEFFAika;Kanava;Tiketit\n1.9.2025 0.00;Sosiaalinen media;1\n1.9.2025 0.00;Sähköposti;2\n1.9.2025 4.00;Puhelin;0\n1.9.2025 9.00;Sähköposti;14\n");

describe("a count column", () => {
  it("is not read beside a ticket-id column: a per-ticket export's 'Count' is some number of the ticket, unless named", async () => {
    const tickets = write("tickets.csv", "Ticket ID,Created at,Via,Count\n1,2025-09-01 09:10,Mail,3\n2,2025-09-01 09:20,Chat,0\n3,2025-09-01 10:05,Mail,4\n");
    const r = await read(tickets);
    expect(total(r)).toBe(3);
    expect(r.summary.countColumn).toBeUndefined();
    expect(total(await read(tickets, "Count"))).toBe(7);
  });

  it("adds each row's count to its hour and channel, and one line says so", async () => {
    const r = await read(report);
    expect(total(r)).toBe(17);
    expect(r.summary.rowsUsed).toBe(4);
    expect(r.summary.countColumn).toBe("Tiketit");
    expect(r.series.counts.get("email")?.[9]).toBe(14);
    expect(ingestWarnings(r.summary)).toContainEqual(expect.stringMatching(/report\.csv: each row read as the number of tickets in "Tiketit" \(4 rows held 17 tickets\); .*ingest\.countColumn to "none"/));
  });

  it('"none" counts one ticket per row; a named column is read as the count', async () => {
    expect(total(await read(report, "none"))).toBe(4);
    const named = write("named.csv", "Created at,Channel,Antal samtal\n2025-09-01 10:00,phone,3\n2025-09-01 11:00,phone,4\n");
    expect(total(await read(named))).toBe(2);
    expect(total(await read(named, "Antal samtal"))).toBe(7);
    expect(applyConfig(defaultConfig(), { ingest: { countColumn: "none" } }, join(dir, "c.json")).ingest.countColumn).toBe("none");
  });

  it("stops naming the column and ingest.countColumn when its values are not whole numbers", async () => {
    const file = write("volume.csv", `Created at,Channel,Volume\n${Array.from({ length: 30 }, (_, i) => `2025-09-0${1 + (i % 9)} 1${i % 10}:00,email,${i % 2 ? "high" : "2"}`).join("\n")}\n`);
    await expect(read(file)).rejects.toThrow(/volume\.csv:3: 15 of 30 values in column "Volume" are not whole numbers of tickets \(e\.g\. "high"\).*ingest\.countColumn/);
  });
});
