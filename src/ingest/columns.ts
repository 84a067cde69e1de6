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

/** Lower-case, with spaces, underscores, dots and dashes folded to one space: "Created_At" -> "created at". */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_.\-]+/g, " ")
    .replace(/\(.*\)$/, "")
    .trim();
}

export interface DeskProfile {
  name: string;
  time: string[];
  channel: string[];
  id: string[];
}

/** Checked in order; a desk matches when one of its time names and one of its channel names are both present. */
export const DESKS: readonly DeskProfile[] = [
  { name: "zendesk", time: ["created at"], channel: ["via", "via channel"], id: ["id", "ticket id"] },
  { name: "freshdesk", time: ["created time"], channel: ["source"], id: ["ticket id", "id"] },
  { name: "gorgias", time: ["created datetime", "ticket created time"], channel: ["channel", "ticket channel"], id: ["ticket id", "id"] },
  { name: "liveagent", time: ["date created"], channel: ["channel type"], id: ["id", "code", "ticket id"] },
  { name: "intercom", time: ["created at"], channel: ["source type"], id: ["conversation id", "id"] },
  { name: "helpscout", time: ["created at", "createdat"], channel: ["type", "source type"], id: ["id", "conversation id", "number"] },
];

const GENERIC_TIME = [
  "created at", "createdat", "created", "created time", "created datetime", "date created", "created date",
  "creation date", "creation time", "ticket created time", "opened at", "opened", "timestamp", "datetime",
  "date time", "date", "time", "received at",
];
const GENERIC_CHANNEL = ["channel", "via", "source", "channel type", "source type", "ticket channel", "medium", "origin"];
const GENERIC_ID = ["ticket id", "id", "conversation id", "ticket number", "ticket", "number", "ticketid", "key", "code"];

export interface ColumnChoice {
  source: string;
  time: number;
  channel: number;
  id: number;
}

export interface ColumnOverrides {
  timeColumn?: string;
  channelColumn?: string;
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
  if (time < 0) {
    return {
      missing: `no created-time column in ${listHeader(header)}; expected one such as "Created at", "Created time", "created_datetime", "date_created" or created_at, or name it with --time-column`,
    };
  }
  return { source, time, channel, id };
}

function listHeader(header: readonly string[]): string {
  const shown = header.slice(0, 12).map((h) => `"${h.replace(/^\uFEFF/, "").trim()}"`);
  return `${shown.join(", ")}${header.length > 12 ? ", ..." : ""}`;
}
