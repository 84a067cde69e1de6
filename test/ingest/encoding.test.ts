// Excel's plain "CSV" on a Nordic Windows writes Windows-1252: "Sähköposti" as the byte E4 and F6, which UTF-8 reads as
// "S\uFFFDhk\uFFFDposti", a channel no rule knows (guessed, or mapped as the exit-2 example suggested: as phone).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestExport } from "../../src/ingest/read.js";
import { textEncoding } from "../../src/ingest/sniff.js";
import { ingestWarnings } from "../../src/io/ingest-warnings.js";

const dir = mkdtempSync(join(tmpdir(), "peakplan-encoding-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHANNELS = ["Sähköposti", "Chatti", "Puhelin", "Yhteydenottolomake", "Sosiaalinen media"];
const text = (rows: number): string => {
  const lines = ["Tiketin ID;Luotu;Kanava;Aihe"];
  for (let i = 0; i < rows; i++) lines.push(`${i + 1};${1 + (i % 28)}.11.2025 ${8 + (i % 12)}.${String(i % 60).padStart(2, "0")};${CHANNELS[i % 5]};Tilaus ${i} – ei saapunut`);
  return `${lines.join("\r\n")}\r\n`;
};
const read = (file: string) => ingestExport(file, { zone: "Europe/Helsinki", now: Date.UTC(2026, 0, 1) });

describe("an export that is not UTF-8", () => {
  it("Windows-1252 is read as such, every letter and channel as in the UTF-8 export, and one line says so", async () => {
    const utf8 = join(dir, "utf8.csv");
    const ansi = join(dir, "ansi.csv");
    writeFileSync(utf8, text(600), "utf8");
    writeFileSync(ansi, encode1252(text(600)));
    const a = await read(utf8);
    const b = await read(ansi);
    expect([...b.series.counts.entries()]).toEqual([...a.series.counts.entries()]);
    expect(b.series.channels).toEqual(a.series.channels);
    expect(b.summary.unknownChannels).toEqual({});
    expect(a.summary.encoding).toBeUndefined();
    expect(ingestWarnings(b.summary)).toContainEqual(expect.stringMatching(/ansi\.csv: not UTF-8, read as Windows-1252/));
  });

  it("a UTF-8 file whose channel loses its letters after the first 64 KB stops at that line", async () => {
    const file = join(dir, "late.csv");
    const head = Buffer.from(text(1500), "utf8");
    expect(head.length).toBeGreaterThan(64 * 1024);
    writeFileSync(file, Buffer.concat([head, encode1252("1501;3.12.2025 10.00;Sähköposti;x\r\n")]));
    await expect(read(file)).rejects.toThrow(/late\.csv:1502: the channel value "S\uFFFDhk\uFFFDposti" holds bytes that are not UTF-8/);
  });

  it("judges the head: single-byte letters only is Windows-1252; real UTF-8 letters, or a mix, stay UTF-8", () => {
    expect(textEncoding(encode1252("Kanava\nSähköposti\n"))).toBe("windows-1252");
    expect(textEncoding(Buffer.from("Kanava\nSähköposti\n", "utf8"))).toBe("utf-8");
    expect(textEncoding(Buffer.concat([Buffer.from("Kanava\nSähköposti\n", "utf8"), encode1252("Päivä\n")]))).toBe("utf-8");
    expect(textEncoding(Buffer.from("plain ascii\n"))).toBe("utf-8");
  });
});

/** Windows-1252 bytes of a text of Latin-1 letters and the en dash (0x96). */
function encode1252(s: string): Buffer {
  return Buffer.from([...s].map((ch) => (ch === "–" ? 0x96 : ch.charCodeAt(0))));
}
