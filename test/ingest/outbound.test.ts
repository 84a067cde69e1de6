// Contacts the agents started (Freshdesk's "Outbound Email", "Phone call (outbound)", a Direction column's "outbound")
// were counted as arrivals: a bulk notice became the season's peak day. They are skipped with a reason and one line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mapChannel } from "../../src/ingest/channels.js";
import { ingestExport } from "../../src/ingest/read.js";
import { ingestWarnings } from "../../src/io/ingest-warnings.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-outbound-"));
const read = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return ingestExport(file, { zone: "Europe/Helsinki", now: Date.UTC(2026, 0, 1) });
};

describe("outbound contacts", () => {
  it("Freshdesk's Outbound Email and outbound calls are skipped as outbound, counted in the summary, in one line", async () => {
    const r = await read(
      "fd.csv",
      "Ticket ID,Source,Created time\n1,Email,2025-11-03 09:00:00\n2,Outbound Email,2025-11-03 09:05:00\n3,Phone call (outbound),2025-11-03 09:10:00\n4,Phone,2025-11-03 09:15:00\n5,Outbound Email,2025-11-03 09:20:00\n",
    );
    expect(r.summary.rowsUsed).toBe(2);
    expect(r.summary.skipped).toContainEqual({ reason: "outbound (agent-initiated)", count: 3, firstLines: [3, 4, 6] });
    expect(ingestWarnings(r.summary)).toContainEqual(expect.stringMatching(/fd\.csv: skipped 3 outbound rows \(contacts the agents started, not demand\) at lines 3, 4, 6$/));
  });

  it("a Direction column's outbound rows are skipped the same way", async () => {
    const r = await read("dixa.csv", "id,created_at,channel,direction\na,2025-11-03 09:00:00,email,inbound\nb,2025-11-03 09:05:00,email,outbound\nc,2025-11-03 09:10:00,phone,OUTBOUND\n");
    expect(r.summary.rowsUsed).toBe(1);
    expect(r.summary.skipped.map((s) => [s.reason, s.count])).toEqual([["outbound (agent-initiated)", 2]]);
  });

  it("inbound values still map to their channels", () => {
    expect(mapChannel("Phone call (inbound)", "zendesk").channel).toBe("phone");
    expect(mapChannel("10", "freshdesk")).toMatchObject({ outbound: true });
    expect(mapChannel("1", "freshdesk").channel).toBe("email");
  });
});
