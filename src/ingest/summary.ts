// The summary step of ingestion: what was read, from which columns, and what was skipped and why.
import type { ZoneClock } from "./clock.js";
import { formatInstant } from "./clock.js";
import type { HeaderInfo } from "./header.js";
import type { RowReader } from "./rows.js";
import type { IngestSummary } from "./types.js";
import { zoneFitting } from "./zone-guess.js";

export function buildSummary(file: string, delimiter: string, head: HeaderInfo, rows: RowReader, clock: ZoneClock): IngestSummary {
  const { cols: c, header } = head;
  const name = (i: number): string | undefined => (i >= 0 ? (header[i] ?? "").trim() : undefined);
  const hz = rows.headerZone?.clock;
  return {
    file,
    source: c.source,
    delimiter,
    timeColumn: rows.joined >= 0 ? `${name(c.time) ?? ""} + ${name(rows.joined) ?? ""}` : (name(c.time) ?? ""),
    ...(rows.joined >= 0 ? { timeOfDayColumn: name(rows.joined) } : {}),
    channelColumn: name(c.channel),
    idColumn: name(c.id),
    ...(c.count >= 0 ? { countColumn: name(c.count), tickets: rows.buckets.total } : {}),
    dateFormat: rows.parser?.label ?? "",
    rowsRead: rows.rowsRead,
    rowsUsed: rows.rowsUsed,
    duplicates: rows.duplicates,
    skipped: rows.skips.list(),
    // Naive times read in the header's zone were resolved on its clock.
    dstGap: clock.gaps + (hz && hz !== clock ? hz.gaps : 0),
    dstAmbiguous: clock.ambiguous + (hz && hz !== clock ? hz.ambiguous : 0),
    unknownChannels: { ...head.mapper.unknown },
    ...(Object.keys(head.mapper.guessed).length > 0 ? { guessedChannels: { ...head.mapper.guessed } } : {}),
    firstTicket: formatInstant(rows.buckets.minMs, clock),
    lastTicket: formatInstant(rows.buckets.maxMs, clock),
    offsets: {
      carried: rows.withOffset,
      mismatched: rows.offsetMismatch,
      zone: clock.name,
      ...(rows.offsetMismatch > 0 ? { fittingZone: zoneFitting(rows.offsetSamples), utc: rows.offsetSamples.every(([, off]) => off === 0) } : {}),
    },
    ...(rows.parser?.dateOnly ? { spreadDays: true } : {}),
    ...(hz && hz.name !== "UTC" && hz.name !== clock.name ? { headerZone: rows.headerZone?.shown ?? hz.name } : {}),
    ...(rows.ids.damaged.count > 0 ? { damagedIds: { ...rows.ids.damaged, firstLines: [...rows.ids.damaged.firstLines] } } : {}),
  };
}
