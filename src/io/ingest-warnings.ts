// The warnings a lead sees when an export is read with a few bad rows: one line per reason, never one per row.
import type { IngestSummary } from "../ingest/types.js";
import { OUTBOUND } from "../ingest/channels.js";
import { BAD_REASONS } from "../ingest/skips.js";

const MAX_CHANNELS_LISTED = 6;

/** Skipped bad rows by reason (count and first lines), then unknown channel values; empty when the file was clean. */
export function ingestWarnings(summary: IngestSummary): string[] {
  const out: string[] = [];
  for (const s of summary.skipped) {
    if (!(BAD_REASONS as readonly string[]).includes(s.reason)) continue;
    const lines = s.firstLines.join(", ");
    const more = s.count > s.firstLines.length ? ", ..." : "";
    out.push(`${summary.file}: skipped ${s.count} row${s.count === 1 ? "" : "s"} (${s.reason}) at line${s.count === 1 ? "" : "s"} ${lines}${more}`);
  }
  const outbound = summary.skipped.find((s) => s.reason === OUTBOUND);
  if (outbound) {
    const more = outbound.count > outbound.firstLines.length ? ", ..." : "";
    out.push(`${summary.file}: skipped ${outbound.count.toLocaleString("en-US")} outbound row${outbound.count === 1 ? "" : "s"} (contacts the agents started, not demand) at line${outbound.count === 1 ? "" : "s"} ${outbound.firstLines.join(", ")}${more}`);
  }
  const unknown = Object.entries(summary.unknownChannels).sort((a, b) => b[1] - a[1]);
  if (unknown.length > 0) {
    const total = unknown.reduce((n, [, c]) => n + c, 0);
    const listed = unknown.slice(0, MAX_CHANNELS_LISTED).map(([k, n]) => `"${k.slice(0, 40)}" (${n})`).join(", ");
    const more = unknown.length > MAX_CHANNELS_LISTED ? `, and ${unknown.length - MAX_CHANNELS_LISTED} more` : "";
    out.push(`${summary.file}: ${total} ticket${total === 1 ? "" : "s"} with an unknown channel counted as "other": ${listed}${more}`);
  }
  const guessed = Object.entries(summary.guessedChannels ?? {});
  if (guessed.length > 0) {
    const listed = guessed.slice(0, MAX_CHANNELS_LISTED).map(([raw, ch]) => `"${raw}" as ${ch}`).join(", ");
    const more = guessed.length > MAX_CHANNELS_LISTED ? `, and ${guessed.length - MAX_CHANNELS_LISTED} more` : "";
    out.push(`${summary.file}: channel values read by the words in them: ${listed}${more}; if one is wrong, map it in the config's ingest.channelMap`);
  }
  const duplicates = summary.skipped.find((s) => s.reason === "duplicate ticket id");
  if (duplicates) {
    // Said every time: a column that is not a ticket id (a caller's number, a subject) would drop real tickets here.
    const column = summary.idColumn ?? "the id column";
    out.push(
      `${summary.file}: ${duplicates.count.toLocaleString("en-US")} row${duplicates.count === 1 ? "" : "s"} repeat${duplicates.count === 1 ? "s" : ""} a ticket id in "${column}" and ${duplicates.count === 1 ? "was" : "were"} counted once (line${duplicates.count === 1 ? "" : "s"} ${duplicates.firstLines.join(", ")}${duplicates.count > duplicates.firstLines.length ? ", ..." : ""}); if "${column}" does not hold ticket ids, name the column in the config's ingest.idColumn, or "none" to count every row`,
    );
  }
  if (summary.countColumn !== undefined) {
    // Said every time: a column that only sounds like a count would multiply the tickets.
    out.push(
      `${summary.file}: each row read as the number of tickets in "${summary.countColumn}" (${summary.rowsUsed.toLocaleString("en-US")} rows held ${(summary.tickets ?? 0).toLocaleString("en-US")} tickets); if that column is not a count, set the config's ingest.countColumn to "none" (one ticket per row) or name the count column`,
    );
  }
  const damaged = summary.damagedIds;
  if (damaged) {
    // Kept, not dropped: the rounding merged distinct tickets, so a repeat of the shown id proves nothing.
    const column = summary.idColumn ?? "the id column";
    const more = damaged.count > damaged.firstLines.length ? ", ..." : "";
    out.push(
      `${summary.file}: ${damaged.count.toLocaleString("en-US")} id${damaged.count === 1 ? "" : "s"} in "${column}" ${damaged.count === 1 ? "is a number" : "are numbers"} Excel wrote in scientific notation ("${damaged.example}", line${damaged.count === 1 ? "" : "s"} ${damaged.firstLines.join(", ")}${more}), which loses the last digits: those rows were all counted, none dropped as a repeat; export the ids as text, or set the config's ingest.idColumn to "none"`,
    );
  }
  const off = summary.offsets;
  // Most timestamps carry an offset and it is not the store zone's then: the export was likely written elsewhere.
  // Timestamps in UTC are how many desks write instants: exact, and no sign of a wrong --tz, so they are only named.
  if (off && off.carried > summary.rowsUsed / 2 && off.mismatched > off.carried / 2) {
    out.push(
      off.utc
        ? `${summary.file}: timestamps are written in UTC (${off.mismatched.toLocaleString("en-US")} of ${off.carried.toLocaleString("en-US")}); read as exact instants, their hours are counted in ${off.zone}: make sure that is the store's zone (--tz)`
        : `${summary.file}: ${off.mismatched} of ${off.carried} timestamps carry an offset that ${off.zone} does not have at that time; they fit ${off.fittingZone ?? "another zone"}: check --tz (hours are counted in ${off.zone})`,
    );
  }
  // The header's zone moves every naive time by the difference to the store's: said by every command, not only analyze.
  if (summary.encoding) out.push(`${summary.file}: not UTF-8, read as ${summary.encoding === "windows-1252" ? "Windows-1252 (Excel's plain \"CSV\" on a Western or Nordic Windows)" : summary.encoding}; save it as "CSV UTF-8" if its letters look wrong`);
  if (summary.headerZone) out.push(`${summary.file}: naive times in "${summary.timeColumn}" read in ${summary.headerZone}, as the column's header names it; hours are counted in ${summary.offsets?.zone ?? "the store zone"}`);
  if (summary.timeOfDayColumn !== undefined) {
    out.push(`${summary.file}: dates and times of day in two columns, read together as each ticket's created time ("${summary.timeColumn}")`);
  }
  if (summary.spreadDays) out.push(`${summary.file}: dates without a time of day; each day's tickets were spread over the intraday profile (spreadDays)`);
  // Always one line each, whatever the raw values held.
  return out.map((w) => w.replace(/[\r\n]+/g, " "));
}
