// Bad ticket exports (and bad options around them), each run through `peakplan analyze` or `forecast` end to end.
import { EARLIER, history, isRoot, type BadCase } from "./case.js";

const analyze = ["analyze", "--history", "h.csv", "--tz", "Europe/Helsinki", "--out", "hourly.csv"];
const base = { argv: analyze, earlier: "hourly.csv" };
const ok = history(6).trimEnd().split("\n");
const lines = (...rows: string[]): string => `${rows.join("\n")}\n`;

export const HISTORY_CASES: BadCase[] = [
  { ...base, name: "export: truncated rows", files: { "h.csv": lines(ok[0] ?? "", ok[1] ?? "", "1001,2025-11-28T10:01:00", "1002,2025-11-28T10:0") }, stderr: /^h\.csv:3: 2 of 3 rows .*wrong number of fields.*expected at most 1\.0 %/ },
  { ...base, name: "export: an extra column", files: { "h.csv": lines(...ok.slice(0, 3), "1002,2025-11-28T10:02:00,chat,surplus", ...ok.slice(4)) }, stderr: /^h\.csv:4: 1 of 6 rows .*wrong number of fields \(e\.g\. "4 fields, header 3"\).*expected/ },
  { ...base, name: "export: a quote left open", files: { "h.csv": lines(...ok.slice(0, 2), '1001,"2025-11-28T10:01:00,chat', ...ok.slice(3)) }, stderr: /^h\.csv:3: a quote is opened and never closed; expected a closing quote/ },
  { ...base, name: "export: mixed delimiters", files: { "h.csv": lines(...ok.slice(0, 2), "1001;2025-11-28T10:01:00;chat", "1002;2025-11-28T10:02:00;email", ...ok.slice(4)) }, stderr: /^h\.csv:3: 2 of 6 rows .*2 wrong number of fields \(e\.g\. "1 fields, header 3"\).*expected/ },
  { ...base, name: "export: UTF-16 with its byte-order mark", files: { "h.csv": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(history(3), "utf16le")]) }, stderr: /^h\.csv:1: is UTF-16 text.*expected UTF-8/ },
  { ...base, name: "export: UTF-8 BOM keeps line numbers right", files: { "h.csv": `\uFEFF${lines(...ok.slice(0, 3), "1002,yesterday,chat", "1003,soon,email")}` }, stderr: /^h\.csv:4: 2 of 4 created times .*unreadable \(e\.g\. "yesterday"\); expected/ },
  { ...base, name: "export: a header mixing UTF-8 and Latin-1 bytes (a Latin-1-only file is read as Windows-1252)", files: { "h.csv": Buffer.concat([Buffer.from("id,Cr\u00e9", "utf8"), Buffer.from("\xe9 le,Canal\n", "latin1"), Buffer.from("1,2025-11-28T10:00:00,chat\n")]) }, stderr: /^h\.csv:1: the header holds bytes that are not UTF-8.*expected UTF-8/ },
  { ...base, name: "export: timestamps in three formats", files: { "h.csv": lines(ok[0] ?? "", "1,2025-11-28T10:00:00,chat", "2,28.11.2025 10:05,email", "3,1764324000,phone") }, stderr: /^h\.csv:3: "28\.11\.2025 10:05": timestamps in several formats .*expected one format/ },
  { ...base, name: "export: dates in 1970", files: { "h.csv": lines(...ok.slice(0, 3), "9,1970-01-01T00:00:00Z,chat", "10,1970-01-01 00:00,chat") }, stderr: /^h\.csv:4: 2 of 4 rows .*time before 2000 \(e\.g\. "1970-01-01T00:00:00Z"\).*expected/ },
  { ...base, name: "export: dates in the future", files: { "h.csv": lines(...ok.slice(0, 3), "9,2099-11-27T10:00:00,chat") }, stderr: /^h\.csv:4: 1 of 3 rows .*time in the future.*expected/ },
  { ...base, name: "export: a 300 MB single line", files: { "h.csv": { longLine: { prefix: `${ok[0]}\n${ok[1]}\n1001,"`, bytes: 300 * 1024 * 1024, suffix: '",chat\n' } } }, stderr: /^h\.csv:3: is longer than 1,000,000 characters; expected one ticket per line/ },
  { ...base, name: "export: a 300 MB header with no line break", files: { "h.csv": { longLine: { prefix: "created_at,", bytes: 300 * 1024 * 1024, suffix: "" } } }, stderr: /^h\.csv:1: is longer than 1,000,000 characters/ },
  { ...base, name: "export: a folder given as the file", files: { "h.csv": { dir: true } }, stderr: /^h\.csv: is a folder; expected a file/ },
  { ...base, name: "export: a FIFO (never ends, cannot be read as a file)", files: { "h.csv": { fifo: true } }, stderr: /^h\.csv: is not a regular file .*expected a file/ },
  { ...base, name: "export: a file this user cannot read", files: { "h.csv": { mode: 0o000, content: history(3) } }, stderr: /^h\.csv: is not readable; expected a file this user can read/, skip: isRoot },
  { ...base, name: "export: missing file", files: {}, stderr: /^h\.csv: no such file; expected an existing file/ },
  { ...base, name: "export: empty file", files: { "h.csv": "" }, stderr: /^h\.csv:1: the file is empty; expected a CSV export/ },
  { ...base, name: "export: blank lines only", files: { "h.csv": "\n\n  \n" }, stderr: /^h\.csv:1: holds only blank lines; expected/ },
  { ...base, name: "export: a spreadsheet saved as .csv", files: { "h.csv": Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0]) }, stderr: /^h\.csv:1: looks binary .*expected a CSV text file, saved as CSV UTF-8/ },
  { ...base, name: "export: no created-time column", files: { "h.csv": lines("id,subject,channel", "1,Where is my order,chat") }, stderr: /^h\.csv:1: no created-time column in "id", "subject", "channel"; expected one such as/ },
  { ...base, name: "export: a header and no rows", files: { "h.csv": lines(ok[0] ?? "") }, stderr: /^h\.csv:2: holds no ticket with a readable created time; expected at least one data row/ },
  { ...base, name: "export: day/month or month/day cannot be told", files: { "h.csv": lines(ok[0] ?? "", "1,03/04/2025 10:00,chat", "2,05/06/2025 11:00,chat") }, stderr: /^h\.csv:2: "03\/04\/2025 10:00" could be day\/month or month\/day; expected --date-format/ },
  { ...base, name: "export: --time-column names a column that is not there", argv: [...analyze, "--time-column", "Opened"], files: { "h.csv": history(3) }, stderr: /^h\.csv:1: no column "Opened" \(from --time-column\); expected a column of the header: "ticket_id", "created_at", "channel"/ },
  { ...base, name: "export: --tz is not a zone", argv: ["analyze", "--history", "h.csv", "--tz", "Europe/Helsinky", "--out", "hourly.csv"], files: { "h.csv": history(3) }, stderr: /^--tz: "Europe\/Helsinky" is not an IANA time zone; expected/ },
  { name: "output: --out inside a missing folder", argv: ["analyze", "--history", "h.csv", "--tz", "UTC", "--out", "missing/hourly.csv"], files: { "h.csv": history(3) }, absent: ["missing"], stderr: /^missing\/hourly\.csv: the folder missing does not exist; expected an output path inside an existing folder/ },
  { name: "output: --out is a folder", argv: ["analyze", "--history", "h.csv", "--tz", "UTC", "--out", "outdir"], files: { "h.csv": history(3), outdir: { dir: true } }, stderr: /^outdir: is a folder; expected a file path to write/ },
  { name: "output: sample --out inside a missing folder", argv: ["sample", "--rows", "1000", "--out", "nowhere/t.csv"], files: {}, absent: ["nowhere"], stderr: /^nowhere\/t\.csv: the folder nowhere does not exist; expected an output path/ },
  {
    name: "forecast: the export has too many bad rows (forecast.csv untouched)",
    argv: ["forecast", "--history", "h.csv", "--tz", "Europe/Helsinki", "--out", "forecast.csv"],
    earlier: "forecast.csv",
    files: { "h.csv": lines(...ok.slice(0, 4), "9,1970-01-01T00:00:00Z,chat") },
    stderr: /^h\.csv:5: 1 of 4 rows .*time before 2000.*expected/,
  },
];

export { EARLIER };
