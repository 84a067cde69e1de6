// The same tickets exported by two help desks in Finnish, Swedish, Danish and Norwegian read as the English Zendesk
// export does, and relabelling channel values through ingest.channelMap changes nothing, while dropping the map stops
// the run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/types.js";
import { InputError } from "../../src/errors.js";
import { forecastSeason } from "../../src/forecast/index.js";
import { ingestExport } from "../../src/ingest/read.js";
import type { IngestResult } from "../../src/ingest/types.js";
import { staffRequirements } from "../../src/staff/requirements.js";
import { DIALECTS, FIXTURE_DIR, ZONE, render, tickets, type Ticket } from "./dialects/generate.js";

const NOW = Date.UTC(2026, 0, 1);
const read = (file: string, extra: Record<string, unknown> = {}): Promise<IngestResult> => ingestExport(file, { zone: ZONE, now: NOW, ...extra });
const plain = (r: IngestResult) => ({ hours: r.series.hours, channels: r.series.channels, counts: [...r.series.counts.entries()] });

describe("localised exports (Finnish, Swedish, Danish, Norwegian; Zendesk- and Freshdesk-like)", { timeout: 60_000 }, () => {
  const list = tickets();

  it("the committed fixtures are what the seeded generator writes", () => {
    for (const d of DIALECTS) expect(readFileSync(join(FIXTURE_DIR, `${d.name}.csv`), "utf8"), d.name).toBe(render(d, list));
  });

  it("each dialect gives the English export's hourly series per channel", async () => {
    const english = await read(join(FIXTURE_DIR, "en-zendesk.csv"));
    expect(english.summary.rowsUsed).toBe(list.length);
    expect(english.summary.unknownChannels).toEqual({});
    expect([...english.series.channels].sort()).toEqual(["chat", "email", "form", "phone", "social"]);
    for (const d of DIALECTS.slice(1)) {
      const r = await read(join(FIXTURE_DIR, `${d.name}.csv`));
      expect(r.summary.source, d.name).toBe(d.name.endsWith("freshdesk") ? "freshdesk" : "zendesk");
      expect(r.summary.idColumn, d.name).toBe(d.header[0]);
      expect(r.summary.unknownChannels, d.name).toEqual({});
      expect(plain(r), d.name).toEqual(plain(english));
    }
  });
});

describe("ingest.channelMap", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "peakplan-map-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const list = tickets().slice(0, 400);
  const write = (name: string, label: (t: Ticket) => string): string => {
    const file = join(dir, name);
    writeFileSync(file, `id,created,channel\n${list.map((t) => `${t.id},${new Date(t.at).toISOString()},${label(t)}`).join("\n")}\n`);
    return file;
  };
  const baseFile = write("base.csv", (t) => t.channel);
  const config = { ...defaultConfig(), season: { from: "2025-11-20", to: "2025-11-22" } };
  const requirements = (r: IngestResult) => staffRequirements(forecastSeason(r.series, { ...config.season }).rows, config, { zone: ZONE }).rows;

  it("relabelled values mapped back give the same series and requirements; unmapped they stop the run naming them", async () => {
    const base = await read(baseFile);
    const baseRequirements = requirements(base);
    // Labels no built-in name knows: a letter prefix the regexes cannot read as a channel, then random characters.
    const label = fc.stringMatching(/^Q[0-9bdgjkqvz]{2,8}$/);
    const labels = fc.uniqueArray(label, { minLength: 5, maxLength: 5, selector: (s) => s.toLowerCase() });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(labels, fc.boolean(), async (names, shout) => {
        const order = ["email", "chat", "phone", "form", "social"] as const;
        const byChannel = Object.fromEntries(order.map((c, i) => [c, names[i] as string]));
        const file = write(`run-${run++}.csv`, (t) => byChannel[t.channel] as string);
        // The map is written in another case: case is ignored.
        const channelMap = Object.fromEntries(order.map((c, i) => [shout ? (names[i] as string).toUpperCase() : (names[i] as string), c]));
        const mapped = await read(file, { channelMap });
        expect(plain(mapped)).toEqual(plain(base));
        // The requirements are a function of the series alone: the same series gives the same requirements, shown once.
        if (run === 1) expect(requirements(mapped)).toEqual(baseRequirements);
        const error = await read(file).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InputError);
        const message = (error as InputError).message;
        expect(message).toContain("ingest.channelMap");
        const top = Object.entries(byChannel).sort((a, b) => list.filter((t) => t.channel === b[0]).length - list.filter((t) => t.channel === a[0]).length)[0];
        expect(message).toContain(`"${top?.[1]}" (${list.filter((t) => t.channel === top?.[0]).length})`);
        expect(message.split("\n")).toHaveLength(1);
      }),
      { numRuns: 8, seed: 10 },
    );
  });
});
