// Loads the real series in ../shared/realdata (see its README) as hourly series, for the accuracy bench.
// Until ingest reads these two exports' own layouts, each is reduced here to one arrival per ticket (the helpdesk's
// first event per Case ID; an olist order's approval time) in a temporary CSV that the ordinary ingest reads.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import Papa from "papaparse";
import type { HourlySeries } from "../../src/ingest/types.js";
import { ingestExport } from "../../src/ingest/read.js";

export const REALDATA = fileURLToPath(new URL("../../../shared/realdata/", import.meta.url));

async function seriesOf(arrivals: readonly string[], zone: string): Promise<HourlySeries> {
  const dir = mkdtempSync(join(tmpdir(), "peakplan-realdata-"));
  try {
    const file = join(dir, "arrivals.csv");
    writeFileSync(file, `ticket_id,created_at\n${arrivals.map((t, i) => `${i + 1},${t}`).join("\n")}\n`);
    return (await ingestExport(file, { zone, dateFormat: "yyyy-MM-dd HH:mm:ss" })).series;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function rows(file: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(readFileSync(join(REALDATA, file), "utf8"), { header: true, skipEmptyLines: true }).data;
}

/** Italian software help desk, Europe/Rome: a ticket arrives at its first event. */
export async function helpdesk(): Promise<HourlySeries> {
  const first = new Map<string, string>();
  for (const r of rows("helpdesk_italian_software_2010-2013.csv")) {
    const id = r["Case ID"] ?? "";
    const t = DateTime.fromFormat(r["Complete Timestamp"] ?? "", "yyyy/MM/dd HH:mm:ss.SSS");
    if (!id || !t.isValid) continue;
    const s = t.toFormat("yyyy-MM-dd HH:mm:ss");
    const seen = first.get(id);
    if (seen === undefined || s < seen) first.set(id, s);
  }
  return seriesOf([...first.values()].sort(), "Europe/Rome");
}

/** Olist orders (a 20 % sample), America/Sao_Paulo: an order arrives when it is approved. */
export async function olist(): Promise<HourlySeries> {
  const out: string[] = [];
  for (const r of rows("olist_orders_20k_sample_2016-2018.csv")) {
    const t = DateTime.fromFormat(r["order_approved_at"] ?? "", "dd-MM-yyyy HH:mm");
    if (t.isValid) out.push(t.toFormat("yyyy-MM-dd HH:mm:ss"));
  }
  return seriesOf(out.sort(), "America/Sao_Paulo");
}

/** The series from `from` (a date) on: a shorter history, as a store with only that much export would have. */
export function seriesFrom(series: HourlySeries, from: string): HourlySeries {
  const start = series.hours.findIndex((h) => h.slice(0, 10) >= from);
  const k = start < 0 ? series.hours.length : start;
  return { ...series, hours: series.hours.slice(k), counts: new Map([...series.counts].map(([c, v]) => [c, v.slice(k)])) };
}

/** The series up to and including `date`: what the export held on that day. */
export function seriesUntil(series: HourlySeries, date: string): HourlySeries {
  const end = series.hours.findIndex((h) => h.slice(0, 10) > date);
  const k = end < 0 ? series.hours.length : end;
  return { ...series, hours: series.hours.slice(0, k), counts: new Map([...series.counts].map(([c, v]) => [c, v.slice(0, k)])) };
}
