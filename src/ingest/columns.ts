// Which column holds the created time, the channel and the ticket id, per help desk and by generic names.
//
// Sources (looked up, not guessed; where a desk publishes no CSV header we use its documented API field names,
// which its exports and the common export tools flatten to the same words):
// - Zendesk: ticket fields `id`, `created_at`, `via.channel` (developer.zendesk.com ticket object and
//   "Via object reference": https://developer.zendesk.com/documentation/ticketing/reference-guides/via-object-reference);
//   the UI CSV export titles them "Id", "Created at", "Via".
// - Freshdesk: ticket fields `id`, `created_at`, `source` (1=Email, 2=Portal, 3=Phone, 7=Chat, 9=Feedback widget,
//   10=Outbound email; Freshdesk API v2 tickets). The UI export titles them "Ticket ID", "Created time", "Source".
// - Gorgias: ticket `id`, `channel`, `created_datetime` (https://developers.gorgias.com/reference/tickets; a Gorgias
//   HTTP integration template names them "Ticket ID", "Ticket Channel", "Ticket Created Time").
// - Help Scout: conversation `id`, `number`, `type` (email, chat, phone), `createdAt`, `source.type`
//   (https://developer.helpscout.com/webhooks/objects/conversation and .../objects/source).
// - Intercom: conversation `id`, `created_at` (unix seconds), `source.type` (conversation, email, facebook, instagram,
//   phone_call, phone_switch, push, sms, twitter, whatsapp; intercom-client ConversationSource.Type).
// - LiveAgent: ticket `id`/`code`, `date_created`, `channel_type` (LiveAgent API v3 ticket fields; our search found no
//   public copy of its CSV header, so these names are unverified: use --time-column/--channel-column if they differ).
//
// Localised headers (Finnish, Swedish, Danish, Norwegian, German): see LOCALISED below, each name marked documented
// or guessed. Freshdesk builds its CSV header from its locale files (lib/helpdesk/ticket_model_extension.rb:
// EXPORT_FIELDS labels "export_data.fields.ticket_id|source|created_time" through I18n.t, public copy in the repository
// Ramesh-Veeriaperumal/freshconsult, config/locales/*.yml), so a German agent's export says "Ticket-ID", "Quelle",
// "Erstellungsdatum" and a Swedish one "Ärende-ID", "Källa", "Tid för skapande". Headers are compared with case,
// accents and separators folded ("Ärende-ID" = "arende id"), so each name is listed once.
import { foldHeader } from "../io/agents-header.js";
import { COUNT_NAMES } from "./counts.js";

/**
 * A trailing unit: anything in round or square brackets, a last word UTC or GMT with an optional offset, or Windows'
 * label of a zone, a bracketed offset and the cities after it ("(GMT+02:00) Helsinki", "(UTC+01:00) Amsterdam, Berlin").
 */
const TRAILING_UNIT = /[\s_.\-]*(?:\((?:utc|gmt)[^()]*\)[\p{L}\s,.'/-]*|\(.*\)|\[.*\]|(?<![a-z0-9])(?:utc|gmt)(?:\s*[+\-\u2212]\s*\d[\d:.]*)?)\s*$/iu;

/**
 * A header folded as agents.csv folds it (`foldHeader`: lower case, accents dropped, separators as one space), less a
 * trailing unit: "Created_At (UTC)", "Created at [UTC]", "created_at_utc" -> "created at"; "Ärende-ID" -> "arende id".
 * A header that is nothing but a unit ("UTC") keeps it.
 */
export function normaliseHeader(name: string): string {
  return foldHeader(name.replace(TRAILING_UNIT, "")) || foldHeader(name);
}

export interface DeskProfile {
  name: string;
  time: string[];
  channel: string[];
  id: string[];
}

/**
 * Localised names per desk and language. "doc" = read in the desk's own published export code or locale files;
 * everything else is "guessed": the word the desk's translated UI or the language itself uses, to be confirmed
 * with a real export (--time-column / --channel-column cover a miss).
 */
const LOCALISED = {
  freshdesk: {
    // doc (issue 10, from freshconsult config/locales de.yml and sv-SE.yml export_data.fields): de, sv.
    // doc (fi.yml ticket_fields.fields: created_at "Luotu", source "Lähde"): fi. guessed: da, nb.
    time: ["Erstellungsdatum", "Tid för skapande", "Luotu", "Luontiaika", "Oprettelsestidspunkt", "Opprettelsestidspunkt", "Oprettet", "Opprettet"],
    channel: ["Quelle", "Källa", "Lähde", "Kilde"],
    id: ["Ticket-ID", "Ärende-ID", "Tiketin ID", "Billet-ID", "Sags-ID", "Sak-ID", "Saks-ID"],
  },
  zendesk: {
    // guessed: Zendesk's translated UI words for "Created", "Channel"/"Via" and "Ticket ID".
    time: ["Luotu", "Luontiaika", "Skapad", "Skapat", "Oprettet", "Opprettet", "Erstellt am", "Erstellt"],
    channel: ["Kanava", "Kanal", "Via"],
    id: ["Tiketin ID", "Tiketti-ID", "Ärende-ID", "Ärendenummer", "Billet-ID", "Sags-ID", "Sak-ID", "Ticket-ID", "ID"],
  },
} as const;

const fold = (names: readonly string[]): string[] => names.map(normaliseHeader);

/** Checked in order; a desk matches when one of its time names and one of its channel names are both present. */
export const DESKS: readonly DeskProfile[] = [
  { name: "zendesk", time: ["created at"], channel: ["via", "via channel"], id: ["id", "ticket id"] },
  { name: "freshdesk", time: ["created time"], channel: ["source"], id: ["ticket id", "id"] },
  { name: "freshdesk", time: fold(LOCALISED.freshdesk.time), channel: fold(LOCALISED.freshdesk.channel), id: fold(LOCALISED.freshdesk.id) },
  { name: "zendesk", time: fold(LOCALISED.zendesk.time), channel: fold(LOCALISED.zendesk.channel), id: fold(LOCALISED.zendesk.id) },
  { name: "gorgias", time: ["created datetime", "ticket created time"], channel: ["channel", "ticket channel"], id: ["ticket id", "id"] },
  { name: "liveagent", time: ["date created"], channel: ["channel type"], id: ["id", "code", "ticket id"] },
  { name: "intercom", time: ["created at"], channel: ["source type"], id: ["conversation id", "id"] },
  { name: "helpscout", time: ["created at", "createdat"], channel: ["type", "source type"], id: ["id", "conversation id", "number"] },
];

// English, then guessed Finnish, Swedish, Danish, Norwegian and German words for the same thing. "Complete Timestamp"
// and "Case ID" are the event-log names of the public help-desk log in ../shared/realdata (one row per activity).
const GENERIC_TIME = fold([
  "created at", "createdat", "created", "created time", "created datetime", "date created", "created date",
  "creation date", "creation time", "ticket created time", "opened at", "opened", "timestamp", "datetime",
  "date time", "date", "time", "received at", "complete timestamp", "start timestamp",
  "luotu", "luontiaika", "luontipäivä", "luotu klo", "saapunut", "aikaleima", "päivämäärä", "aika",
  "skapad", "skapat", "skapades", "skapad den", "tid för skapande", "skapandedatum", "datum", "tidpunkt", "tidsstämpel",
  "oprettet", "oprettet den", "oprettelsesdato", "oprettelsestidspunkt", "dato", "tidspunkt", "tidsstempel",
  "opprettet", "opprettet dato", "opprettelsesdato", "opprettelsestidspunkt",
  "erstellt am", "erstellt", "erstellungsdatum", "erstellungszeit", "angelegt am", "zeitstempel",
]);
const GENERIC_CHANNEL = fold([
  "channel", "via", "source", "channel type", "source type", "ticket channel", "medium", "origin",
  "kanava", "lähde", "yhteydenottotapa", "kanal", "källa", "kilde", "kontaktkanal", "quelle", "eingangskanal",
]);
const GENERIC_ID = fold([
  "ticket id", "id", "conversation id", "ticket number", "ticket", "number", "ticketid", "key", "code", "case id",
  "tiketin id", "tiketti id", "tiketin numero", "tunnus", "ärende id", "ärendenummer", "ärende",
  "billet id", "sags id", "sagsnummer", "sak id", "saks id", "saksnummer", "ticketnummer", "vorgangsnummer",
]);

// A contact's direction: Dixa's export and the phone systems' call logs name it; the Nordic and German words guessed.
const DIRECTION = fold(["direction", "call direction", "contact direction", "suunta", "riktning", "retning", "richtung"]);
/**
 * An event log's activity: process-mining exports (Disco, Celonis, the BPI Challenge logs, XES's concept:name) and
 * the help desk in ../shared/realdata name it so. Beside it, an id repeating all through the file is a case's later
 * activities (a log sorted by time), not a customer's number: the first row of each case is its ticket.
 */
const ACTIVITY = fold(["activity", "activity name", "concept:name", "event name", "aktiviteetti", "toiminto", "aktivitet", "aktivitet navn", "aktivität", "activiteit"]);

export interface ColumnChoice {
  source: string;
  time: number;
  channel: number;
  id: number;
  /** tickets per row (an aggregated report), or -1: each row is one ticket */
  count: number;
  /** inbound/outbound (Dixa's "direction", a phone system's call direction), or -1 */
  direction: number;
  /** an event log's activity column, or -1 */
  activity: number;
}

export interface ColumnOverrides {
  timeColumn?: string;
  channelColumn?: string;
  /** a column name, or "none": no id column, every row is a ticket */
  idColumn?: string;
  /** the column holding tickets per row, or "none": each row is one ticket */
  countColumn?: string;
}

/** Finds the columns; returns an explanation instead when the time column (or an override) is missing. */
export function detectColumns(header: readonly string[], overrides: ColumnOverrides): ColumnChoice | { missing: string } {
  const norm = header.map(normaliseHeader);
  const find = (names: readonly string[]): number => {
    for (const n of names) {
      const i = norm.indexOf(n);
      if (i >= 0) return i;
    }
    return -1;
  };
  const byOverride = (name: string): number => {
    const exact = header.findIndex((h) => h.replace(/^\uFEFF/, "").trim() === name.trim());
    return exact >= 0 ? exact : norm.indexOf(normaliseHeader(name));
  };
  let source = "generic";
  let time = -1;
  let channel = -1;
  let id = -1;
  for (const desk of DESKS) {
    const t = find(desk.time);
    const c = find(desk.channel);
    if (t >= 0 && c >= 0) {
      source = desk.name;
      time = t;
      channel = c;
      id = find(desk.id);
      break;
    }
  }
  if (time < 0) {
    time = find(GENERIC_TIME);
    channel = find(GENERIC_CHANNEL);
    id = find(GENERIC_ID);
  }
  if (overrides.timeColumn !== undefined) {
    time = byOverride(overrides.timeColumn);
    if (time < 0) return { missing: `no column "${overrides.timeColumn}" (from --time-column); expected a column of the header: ${listHeader(header)}` };
  }
  if (overrides.channelColumn !== undefined) {
    channel = byOverride(overrides.channelColumn);
    if (channel < 0) return { missing: `no column "${overrides.channelColumn}" (from --channel-column); expected a column of the header: ${listHeader(header)}` };
  }
  /** A column the config names, or "none" (-1); undefined when the header has no such column. */
  const named = (name: string): number | undefined => (name.trim().toLowerCase() === "none" ? -1 : byOverride(name) >= 0 ? byOverride(name) : undefined);
  const notFound = (name: string, key: string) => ({ missing: `no column "${name}" (from ${key}); expected a column of the header, or "none": ${listHeader(header)}` });
  if (overrides.idColumn !== undefined) {
    const i = named(overrides.idColumn);
    if (i === undefined) return notFound(overrides.idColumn, "ingest.idColumn");
    id = i;
  }
  // A report of counts has no ticket ids: beside an id column, a "Count" or "Tickets" column is some per-ticket number
  // (read as counts, a Zendesk export with one went x1.83). The config's ingest.countColumn still names one.
  let count = id >= 0 ? -1 : find(fold(COUNT_NAMES));
  if (overrides.countColumn !== undefined) {
    const i = named(overrides.countColumn);
    if (i === undefined) return notFound(overrides.countColumn, "ingest.countColumn");
    count = i;
  }
  if (time < 0) {
    return {
      missing: `no created-time column in ${listHeader(header)}; expected one such as "Created at", "Created time", "created_datetime", "date_created" or created_at, or name it with --time-column`,
    };
  }
  return { source, time, channel, id, count, direction: find(DIRECTION), activity: find(ACTIVITY) };
}

function listHeader(header: readonly string[]): string {
  const shown = header.slice(0, 12).map((h) => `"${h.replace(/^\uFEFF/, "").trim()}"`);
  return `${shown.join(", ")}${header.length > 12 ? ", ..." : ""}`;
}
