// Bad forecast.csv, config and events files, run through `staff`, `analyze` and `forecast` end to end.
import { csv, forecast, history, withLine, type BadCase } from "./case.js";

const staff = ["staff", "--forecast", "f.csv", "--out", "requirements.csv"];
const viaStaff = { argv: staff, earlier: "requirements.csv" };
const f = forecast();
const analyzeWith = (config: string): string[] => ["analyze", "--history", "h.csv", "--config", config, "--out", "hourly.csv"];
const viaConfig = { earlier: "hourly.csv" };

export const FILE_CASES: BadCase[] = [
  { ...viaStaff, name: "forecast.csv: a negative count", files: { "f.csv": csv(withLine(f, 3, "2026-11-27T00:00+02:00,email,-4,0,0,0,,")) }, stderr: /^f\.csv:3: volume "-4"; expected a non-negative number/ },
  { ...viaStaff, name: "forecast.csv: a count that is not a number", files: { "f.csv": csv(withLine(f, 5, "2026-11-27T01:00+02:00,email,12;5,8,12,17,,")) }, stderr: /^f\.csv:5: volume "12;5"; expected a non-negative number/ },
  { ...viaStaff, name: "forecast.csv: p10 above p90", files: { "f.csv": csv(withLine(f, 6, "2026-11-27T02:00+02:00,chat,12,20,12,9,,")) }, stderr: /^f\.csv:6: p10 20, p50 12, p90 9; expected p10 <= p50 <= p90/ },
  { ...viaStaff, name: "forecast.csv: missing the volume column", files: { "f.csv": csv(["hour_start,channel,tickets", "2026-11-27T00:00+02:00,chat,3"]) }, stderr: /^f\.csv:1: missing column volume; expected a header with hour_start,channel,volume/ },
  { ...viaStaff, name: "forecast.csv: a truncated row", files: { "f.csv": csv([...f.slice(0, 20), "2026-11-27T09:00+02:00,chat,1"]) }, stderr: /^f\.csv:21: 3 fields; expected 8 as in the header \(a truncated row\?\)/ },
  { ...viaStaff, name: "forecast.csv: an extra column", files: { "f.csv": csv(withLine(f, 4, "2026-11-27T01:00+02:00,chat,20,14,19,27,,seasonal,oops")) }, stderr: /^f\.csv:4: 9 fields; expected 8 as in the header/ },
  { ...viaStaff, name: "forecast.csv: a quote left open", files: { "f.csv": csv(withLine(f, 7, '2026-11-27T02:00+02:00,email,12,8,12,17,"black friday,seasonal')) }, stderr: /^f\.csv:7: a quote is left open; expected a closing quote/ },
  { ...viaStaff, name: "forecast.csv: semicolons in one row of a comma file", files: { "f.csv": csv(withLine(f, 8, "2026-11-27T03:00+02:00;email;20;14;19;27;;")) }, stderr: /^f\.csv:8: 1 fields; expected 8 as in the header/ },
  { ...viaStaff, name: "forecast.csv: a BOM, then a bad hour on line 4", files: { "f.csv": `\uFEFF${csv(withLine(f, 4, "27.11.2026 01:00,email,20,14,19,27,,"))}` }, stderr: /^f\.csv:4: hour_start "27\.11\.2026 01:00"; expected ISO 8601 local time with offset/ },
  { ...viaStaff, name: "forecast.csv: an hour without its offset", files: { "f.csv": csv(withLine(f, 2, "2026-11-27T00:00,chat,12.5,8,12,17,,")) }, stderr: /^f\.csv:2: hour_start "2026-11-27T00:00"; expected ISO 8601 local time with offset/ },
  { ...viaStaff, name: "forecast.csv: the same hour and channel twice", files: { "f.csv": csv([...f, f[1] ?? ""]) }, stderr: /^f\.csv:98: hour 2026-11-27T00:00\+02:00 and channel chat appear twice; expected one row per hour and channel/ },
  { ...viaStaff, name: "forecast.csv: Latin-1 bytes", files: { "f.csv": Buffer.concat([Buffer.from(csv(f.slice(0, 9))), Buffer.from("2026-11-27T04:00+02:00,chat,1,1,1,1,f\xeate,seasonal\n", "latin1")]) }, stderr: /^f\.csv:10: holds bytes that are not UTF-8 .*expected UTF-8/ },
  { ...viaStaff, name: "forecast.csv: UTF-16", files: { "f.csv": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(f), "utf16le")]) }, stderr: /^f\.csv:1: is UTF-16 text \(Excel's "Unicode text"\?\); expected UTF-8/ },
  { ...viaStaff, name: "forecast.csv: a 3 MB line (same guard as the 300 MB export line)", files: { "f.csv": { longLine: { prefix: `${csv(f.slice(0, 4))}2026-11-27T02:00+02:00,chat,1,1,1,1,"`, bytes: 3 * 1024 * 1024, suffix: '",x\n' } } }, stderr: /^f\.csv:5: is longer than 1,000,000 characters; expected one row per line/ },
  { ...viaStaff, name: "forecast.csv: a folder", files: { "f.csv": { dir: true } }, stderr: /^f\.csv: is a folder; expected a file/ },
  { ...viaStaff, name: "forecast.csv: a FIFO", files: { "f.csv": { fifo: true } }, stderr: /^f\.csv: is not a regular file .*expected a file/ },
  { ...viaStaff, name: "forecast.csv: empty", files: { "f.csv": "" }, stderr: /^f\.csv:1: the file is empty; expected a header row/ },
  { ...viaStaff, name: "forecast.csv: a header and no rows", files: { "f.csv": csv(f.slice(0, 1)) }, stderr: /^f\.csv:2: no rows; expected one row per clock hour and channel/ },
  { ...viaStaff, name: "staff: --out inside a missing folder", argv: ["staff", "--forecast", "f.csv", "--out", "gone/requirements.csv"], earlier: undefined, absent: ["gone"], files: { "f.csv": csv(f) }, stderr: /^gone\/requirements\.csv: the folder gone does not exist; expected an output path inside an existing folder/ },
  { ...viaConfig, name: "config: not JSON", argv: analyzeWith("c.json"), files: { "h.csv": history(), "c.json": '{\n  "timezone": "Europe/Helsinki",\n  shrinkage: 0.3\n}\n' }, stderr: /^c\.json:3: is not valid JSON; expected a JSON object/ },
  { ...viaConfig, name: "config: an unknown top-level key", argv: analyzeWith("c.json"), files: { "h.csv": history(), "c.json": '{"timezone": "UTC", "timezon": "UTC"}' }, stderr: /^c\.json: timezon: unknown key; expected one of/ },
  { ...viaConfig, name: "config: an unknown nested key", argv: analyzeWith("c.json"), files: { "h.csv": history(), "c.json": '{"channels": {"chat": {"aht": 300}}}' }, stderr: /^c\.json: channels\.chat\.aht: unknown key; expected one of model, ahtSeconds/ },
  { ...viaConfig, name: "config: a number given as text", argv: analyzeWith("c.json"), files: { "h.csv": history(), "c.json": '{"shrinkage": "30%"}' }, stderr: /^c\.json: shrinkage: "30%"; expected a share from 0 to 0\.95 \(0\.8 is 80 %\)/ },
  { ...viaConfig, name: "config: an impossible target", argv: analyzeWith("c.json"), files: { "h.csv": history(), "c.json": '{"channels": {"phone": {"target": 1, "answerSeconds": 0}}}' }, stderr: /^c\.json: channels\.phone\.target: 1; expected a share from 0\.01 to 0\.999/ },
  { ...viaConfig, name: "config: a zone that does not exist", argv: analyzeWith("c.json"), files: { "h.csv": history(), "c.json": '{"timezone": "Mars/Olympus"}' }, stderr: /^c\.json: timezone: "Mars\/Olympus" is not an IANA time zone; expected a name like Europe\/Helsinki/ },
  { ...viaConfig, name: "config: a JSON array", argv: analyzeWith("c.json"), files: { "h.csv": history(), "c.json": "[1, 2]" }, stderr: /^c\.json: \(top level\): expected a JSON object/ },
  { ...viaConfig, name: "config: a folder", argv: analyzeWith("cfg"), files: { "h.csv": history(), cfg: { dir: true } }, stderr: /^cfg: is a folder; expected a JSON config file/ },
  { ...viaConfig, name: "config: a FIFO", argv: analyzeWith("c.json"), files: { "h.csv": history(), "c.json": { fifo: true } }, stderr: /^c\.json: is not a regular file .*expected a JSON config file/ },
  { ...viaConfig, name: "config: missing", argv: analyzeWith("nope.json"), files: { "h.csv": history() }, stderr: /^nope\.json: cannot be read; expected an existing JSON config file/ },
  { ...viaConfig, name: "config: Latin-1 bytes", argv: analyzeWith("c.json"), files: { "h.csv": history(), "c.json": Buffer.from('{\n  "$comment": "p\xe4ivitetty",\n  "timezone": "UTC"\n}\n', "latin1") }, stderr: /^c\.json:2: holds bytes that are not UTF-8 .*expected a UTF-8 JSON file/ },
  { ...viaConfig, name: "config: 3 MB (not a config)", argv: analyzeWith("c.json"), files: { "h.csv": history(), "c.json": { longLine: { prefix: '{"$comment": "', bytes: 3 * 1024 * 1024, suffix: '"}' } } }, stderr: /^c\.json: is 3\.1 MB; expected a JSON config file under 1 MB/ },
  {
    name: "config: staff refuses an unknown key before writing requirements.csv",
    argv: ["staff", "--forecast", "f.csv", "--config", "c.json", "--out", "requirements.csv"],
    earlier: "requirements.csv",
    files: { "f.csv": csv(f), "c.json": '{"supportHours": {"default": "07:00-22:00", "holidays": []}}' },
    stderr: /^c\.json: supportHours\.holidays: unknown key; expected one of default, weekdays, channels/,
  },
  {
    name: "events file: not JSON",
    argv: ["forecast", "--history", "h.csv", "--events", "ev.json", "--out", "forecast.csv"],
    earlier: "forecast.csv",
    files: { "h.csv": history(), "ev.json": "name,date\nsale,2026-11-05\n" },
    stderr: /^ev\.json: is not valid JSON; expected \[\{"name"/,
  },
  {
    name: "events file: an unknown key",
    argv: ["forecast", "--history", "h.csv", "--events", "ev.json", "--out", "forecast.csv"],
    earlier: "forecast.csv",
    files: { "h.csv": history(), "ev.json": '[{"name": "sale", "date": "2026-11-05", "length": 2}]' },
    stderr: /^ev\.json: \[0\]\.length: unknown key; expected name, date, days/,
  },
];
