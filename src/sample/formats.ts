// Export dialects of the sample generator: each help desk's header, raw channel values and timestamp style.
import type { Channel } from "../config/types.js";

export const SAMPLE_FORMATS = ["generic", "zendesk", "freshdesk", "gorgias", "helpscout", "liveagent", "intercom", "nordic"] as const;
export type SampleFormat = (typeof SAMPLE_FORMATS)[number];

/** Timestamp styles: store-local naive, UTC with Z, UTC with +00:00 and microseconds, or Nordic dotted. */
export type TimeStyle = "naive" | "utc-z" | "utc-offset-micro" | "dotted";

export interface Ticket {
  id: number;
  /** instant */
  ms: number;
  /** offset of the store zone at that instant, minutes */
  offset: number;
  channel: Channel;
  subject: string;
}

export interface Dialect {
  header: string[];
  delimiter: string;
  eol: string;
  bom: boolean;
  time: TimeStyle;
  channels: Record<Channel, string[]>;
  /** the cells of one row, in header order; `time` and `channel` already rendered */
  cells(t: Ticket, time: string, channel: string): string[];
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export function renderTime(style: TimeStyle, ms: number, offset: number): string {
  if (style === "utc-z" || style === "utc-offset-micro") {
    const d = new Date(ms);
    const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    return style === "utc-z" ? `${base}Z` : `${base}.${pad(d.getUTCMilliseconds(), 3)}000+00:00`;
  }
  const d = new Date(ms + offset * 60_000);
  if (style === "dotted") return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const same = (email: string, chat: string, phone: string, social: string[], form: string): Record<Channel, string[]> => ({
  email: [email],
  chat: [chat],
  phone: [phone],
  social,
  form: [form],
  other: ["api"],
});

/** Raw values as each desk writes them (see src/ingest/channels.ts for the sources). */
export const DIALECTS: Record<SampleFormat, Dialect> = {
  generic: {
    header: ["ticket_id", "created_at", "channel", "subject"],
    delimiter: ",", eol: "\n", bom: false, time: "naive",
    channels: same("email", "chat", "phone", ["social"], "form"),
    cells: (t, time, ch) => [String(t.id), time, ch, t.subject],
  },
  zendesk: {
    header: ["Id", "Requester", "Subject", "Status", "Via", "Created at", "Updated at"],
    delimiter: ",", eol: "\n", bom: false, time: "utc-z",
    channels: same("Mail", "Chat", "Phone call (inbound)", ["Facebook", "Twitter"], "Web form"),
    cells: (t, time, ch) => [String(t.id), `customer${t.id % 9973}`, t.subject, "closed", ch, time, time],
  },
  freshdesk: {
    header: ["Ticket ID", "Subject", "Status", "Priority", "Source", "Type", "Created time"],
    delimiter: ",", eol: "\r\n", bom: false, time: "naive",
    channels: same("Email", "Chat", "Phone", ["Facebook", "Twitter"], "Portal"),
    cells: (t, time, ch) => [String(t.id), t.subject, "Closed", "Low", ch, "Question", time],
  },
  gorgias: {
    header: ["Ticket id", "Channel", "Status", "Subject", "Created datetime"],
    delimiter: ",", eol: "\n", bom: false, time: "utc-offset-micro",
    channels: same("email", "chat", "phone", ["facebook-messenger", "instagram-direct-message"], "contact_form"),
    cells: (t, time, ch) => [String(t.id), ch, "closed", t.subject, time],
  },
  helpscout: {
    // Help Scout conversations are email, chat or phone; social and form messages arrive as email.
    header: ["Conversation ID", "Number", "Type", "Status", "Subject", "Created At"],
    delimiter: ",", eol: "\n", bom: false, time: "utc-z",
    channels: { email: ["email"], chat: ["chat"], phone: ["phone"], social: ["email"], form: ["email"], other: ["email"] },
    cells: (t, time, ch) => [String(t.id), String(t.id - 90000), ch, "closed", t.subject, time],
  },
  liveagent: {
    header: ["ID", "Code", "Subject", "Channel type", "Status", "Date created"],
    delimiter: ",", eol: "\n", bom: false, time: "naive",
    channels: same("email", "chat", "call", ["facebook", "twitter"], "contact_form"),
    cells: (t, time, ch) => [String(t.id), `XQ-${t.id}`, t.subject, ch, "resolved", time],
  },
  intercom: {
    header: ["Conversation ID", "Created at", "Source type", "State", "Subject"],
    delimiter: ",", eol: "\n", bom: false, time: "utc-z",
    channels: same("email", "conversation", "phone_call", ["facebook", "instagram", "twitter"], "conversation"),
    cells: (t, time, ch) => [String(t.id), time, ch, "closed", t.subject],
  },
  nordic: {
    // Nordic spreadsheets: semicolons, dd.MM.yyyy HH:mm, a UTF-8 BOM and CRLF, as Excel saves them.
    header: ["Ticket ID", "Created", "Channel", "Subject"],
    delimiter: ";", eol: "\r\n", bom: true, time: "dotted",
    channels: same("email", "chat", "phone", ["social"], "form"),
    cells: (t, time, ch) => [String(t.id), time, ch, t.subject],
  },
};

/** Subjects of what shoppers ask (DOMAIN: where is my order, changes, returns, stock, discount codes, payments). */
export const SUBJECTS = [
  "Where is my order", "Tracking not updating", "Change delivery address", "Add an item to my order",
  "Return policy question", "Return request", "Exchange for another size", "Is this back in stock",
  "Discount code not working", "Forgot to use my discount code", "Payment failed", "Charged twice",
  "Cancel my order", "Gift wrapping", "Delivery before Christmas", "Refund status",
];
