// Raw channel values of the help desks mapped to peakplan's six channels; unknown values fall to "other" and are reported.
import type { Channel } from "../config/types.js";

// Raw values, per source (see columns.ts for the references):
// Zendesk via types: web_form/"Web form", email/"Mail", chat, voice/"Phone call (inbound)", twitter, facebook,
//   api/"Web service", web_widget, mobile, rule, closed_ticket, sample_ticket, any_channel, native_messaging,
//   whatsapp, instagram_dm, sms. Freshdesk source: Email, Portal, Phone, Chat, Feedback Widget, Outbound Email,
//   Forum, Twitter, Facebook, WhatsApp (1, 2, 3, 7, 9, 10 via the API). Gorgias channel: email, chat, phone, sms,
//   aircall, api, facebook, facebook-mention, facebook-messenger, instagram-comment, instagram-direct-message,
//   instagram-ad-comment, twitter, twitter-direct-message, help-center, contact_form, internal-note, whatsapp.
//   Help Scout: type email, chat, phone; source.type email, web, notification, emailfwd, api, chat, beacon.
//   Intercom source.type: conversation (the Messenger), email, facebook, instagram, phone_call, phone_switch, push,
//   sms, twitter, whatsapp.
const EXACT: Record<string, Channel> = {
  email: "email", mail: "email", "e mail": "email", emailfwd: "email", "email fwd": "email",
  chat: "chat", "live chat": "chat", livechat: "chat", messaging: "chat", "native messaging": "chat", conversation: "chat",
  messenger: "chat", whatsapp: "chat", sms: "chat", "any channel": "chat", beacon: "chat", "beacon v2": "chat",
  phone: "phone", voice: "phone", call: "phone", "phone call": "phone", "phone call (inbound)": "phone",
  "phone call (incoming)": "phone",
  "phone switch": "phone", aircall: "phone", telephone: "phone", voicemail: "phone", "voice mail": "phone",
  social: "social", facebook: "social", "facebook mention": "social", "facebook messenger": "social",
  "facebook post": "social", twitter: "social", "twitter direct message": "social", "twitter dm": "social",
  x: "social", instagram: "social", "instagram comment": "social", "instagram dm": "social",
  "instagram direct message": "social", "instagram ad comment": "social", tiktok: "social", forum: "social",
  form: "form", "web form": "form", web: "form", portal: "form", "feedback widget": "form", "web widget": "form",
  "contact form": "form", "help center": "form", helpcenter: "form", "support form": "form",
  other: "other", api: "other", "web service": "other", rule: "other", "closed ticket": "other",
  "internal note": "other", notification: "other", push: "other", mobile: "other", "sample ticket": "other",
};

/**
 * The same channels as the Nordic and German UIs of these desks name them (all guessed from the languages' own
 * words and the desks' translated channel menus; none of the desks publishes its localised export values).
 * Keys are folded as foldValue does, so "Sähköposti", "SAHKOPOSTI" and "sahkoposti" are one key.
 */
const LOCALISED: Record<string, Channel> = {
  // Finnish
  sähköposti: "email", "s posti": "email", sposti: "email", puhelin: "phone", puhelu: "phone", soitto: "phone",
  chatti: "chat", "live chat": "chat", verkkokeskustelu: "chat", yhteydenottolomake: "form", lomake: "form",
  verkkolomake: "form", palautelomake: "form", portaali: "form", "sosiaalinen media": "social", some: "social", muu: "other",
  // Swedish
  "e post": "email", epost: "email", mejl: "email", chatt: "chat", telefon: "phone", samtal: "phone", telefonsamtal: "phone",
  kontaktformulär: "form", webbformulär: "form", formulär: "form", "sociala medier": "social", annat: "other", övrigt: "other",
  // Danish
  opkald: "phone", kontaktformular: "form", webformular: "form", formular: "form", "sociale medier": "social", andet: "other",
  // Norwegian
  anrop: "phone", kontaktskjema: "form", nettskjema: "form", skjema: "form", "sosiale medier": "social", annet: "other",
  // German
  anruf: "phone", "e mail": "email", sonstiges: "other", "soziale medien": "social",
};

/** Freshdesk's API writes the source as a number (10 is Outbound Email: see OUTBOUND). */
const FRESHDESK_IDS: Record<string, Channel> = { "1": "email", "2": "form", "3": "phone", "7": "chat", "9": "form" };

/**
 * Agent-initiated contacts are not demand: Freshdesk's "Outbound Email" (source 10), Zendesk Talk's "Phone call
 * (outbound)", a Direction column's "outbound". Counted as arrivals, a bulk notice the agents sent became the
 * season's peak day. Words in the Nordic and German UIs for outgoing (guessed): lähtevä, utgående, udgående, ausgehend.
 */
const OUTBOUND_WORDS = /\b(?:outbound|outgoing|lahteva|utgaende|udgaende|ausgehend)\b/;

/** The slot the mapper returns for an outbound contact: the row is skipped, not counted. */
export const OUTBOUND_SLOT = 99;
/** The slot of a channel value holding U+FFFD (bytes that were not UTF-8): the row reader stops there. */
export const DAMAGED_SLOT = 98;
/** The skip reason of such rows, listed in the summary and in one warning line. */
export const OUTBOUND = "outbound (agent-initiated)";

/** True for a value (a channel's or a Direction column's) that names an agent-initiated contact. */
export function isOutbound(raw: string, source = ""): boolean {
  return OUTBOUND_WORDS.test(foldValue(raw)) || (source === "freshdesk" && raw.trim() === "10");
}

export function normaliseRaw(raw: string): string {
  return raw.trim().toLowerCase().replace(/[_\-\s]+/g, " ");
}

/** A value with case, accents and separators folded: "Sähköposti" and "sahkoposti" meet, as do "E-post" and "e post". */
export function foldValue(raw: string): string {
  return normaliseRaw(raw.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")).replace(/ø/g, "o").replace(/æ/g, "ae");
}

/**
 * The run stops when more than `maxShare` of the used tickets had a channel value nobody mapped: planning them as
 * "other" (a backlog) would quietly under-staff a phone or chat queue. Returns the one-line reason, or undefined.
 */
export function unknownShareProblem(unknown: Record<string, number>, used: number, maxShare: number): string | undefined {
  const entries = Object.entries(unknown).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = entries.reduce((n, [, c]) => n + c, 0);
  if (used <= 0 || total / used <= maxShare) return undefined;
  const top = entries.slice(0, 5).map(([k, n]) => `"${k.slice(0, 40)}" (${n.toLocaleString("en-US")})`).join(", ");
  const example = JSON.stringify(Object.fromEntries(entries.slice(0, 2).map(([k]) => [k.slice(0, 40), "phone"])));
  const share = ((total / used) * 100).toFixed(1);
  return `${share} % of tickets (${total.toLocaleString("en-US")} of ${used.toLocaleString("en-US")}) have a channel value peakplan does not know: ${top}${entries.length > 5 ? `, and ${entries.length - 5} more` : ""}; expected each mapped in the config's ingest.channelMap, e.g. "channelMap": ${example} (channels: email, chat, phone, social, form, other), or ingest.maxOtherShare raised above ${maxShare}`;
}

/**
 * Maps one raw value; `known` is false when it fell to "other" without being recognised, `guessed` is true when it
 * was read by the words in it rather than a name the desks use (both reported to the user).
 */
const FOLDED: ReadonlyMap<string, Channel> = new Map(
  [...Object.entries(EXACT), ...Object.entries(LOCALISED)].map(([k, ch]) => [foldValue(k), ch] as [string, Channel]),
);

export function mapChannel(raw: string, source: string): { channel: Channel; known: boolean; guessed?: boolean; outbound?: boolean } {
  if (isOutbound(raw, source)) return { channel: "other", known: true, outbound: true };
  const v = normaliseRaw(raw);
  const exact = EXACT[v] ?? FOLDED.get(foldValue(raw));
  if (exact) return { channel: exact, known: true };
  if (source === "freshdesk" && FRESHDESK_IDS[v]) return { channel: FRESHDESK_IDS[v] as Channel, known: true };
  const guess = channelByWords(foldValue(raw));
  return guess ? { channel: guess, known: true, guessed: true } : { channel: "other", known: false };
}

/**
 * Free-text variants ("E-mail support", "Sähköposti (asiakas)", "Live chat NO") by the words in them: a guess,
 * which the lead is shown (ingestWarnings). Voice comes first: "Voice message" and "Voicemail" are the phone line's,
 * not a chat's or the mailbox's.
 */
export function channelByWords(folded: string): Channel | undefined {
  if (/voice/.test(folded)) return "phone";
  if (/mail|sahkoposti|\be ?post\b/.test(folded)) return "email";
  // A social network's name wins over "messenger" and "message", as the exact names have it ("facebook messenger" is
  // social): "FacebookMessenger" or "Instagram DM" read as chat beside "Facebook Messenger" as social split one channel.
  if (/facebook|twitter|instagram/.test(folded)) return "social";
  if (/chat|messag|whatsapp/.test(folded)) return "chat";
  if (/phone|call|puhel|telefon|samtal|opkald|anruf/.test(folded)) return "phone";
  if (/social|sosiaal|sociala|sociale|sosiale/.test(folded)) return "social";
  if (/form|portal|lomake|skjema/.test(folded)) return "form";
  // A switchboard or hotline is the phone line too: "Vaihde" (fi), "Växel" (sv), "Omstilling" (da), "Sentralbord" (nb);
  // after the form words, so a "Hotline form" stays the form it was read as before.
  if (/vaihde|v[aä]xel|omstilling|sentralbord|switchboard|hotline|\bivr\b/.test(folded)) return "phone";
  return undefined;
}

/** A per-ingest cache: exports repeat a handful of raw values a million times. */
export class ChannelMapper {
  private readonly cache = new Map<string, number>();
  readonly unknown: Record<string, number> = {};
  /** raw values read by their words (channelByWords), with the channel each became */
  readonly guessed: Record<string, Channel> = {};

  private readonly userMap: Map<string, Channel>;

  constructor(
    private readonly source: string,
    private readonly order: readonly Channel[],
    channelMap: Record<string, Channel> = {},
  ) {
    this.userMap = new Map(Object.entries(channelMap).map(([raw, ch]) => [foldValue(raw), ch]));
  }

  /**
   * Known raw values already mapped, scanned with === before the Map: exports use a handful of values in turn,
   * and comparing a few short strings is cheaper than hashing each row's fresh cell string for a Map look-up.
   */
  private readonly recentRaw: string[] = [];
  private readonly recentIndex: number[] = [];

  /** Index into `order` of the raw value's channel; `tickets` is how many the row holds (a count column). */
  index(raw: string, tickets = 1): number {
    const recent = this.recentRaw;
    for (let k = 0; k < recent.length; k++) if (recent[k] === raw) return this.recentIndex[k] as number;
    const i = this.lookup(raw, tickets);
    // Unknown values are counted per row, so only known ones are remembered.
    if (i === this.cache.get(raw) && recent.length < 8) {
      recent.push(` ${raw}`.slice(1)); // a copy: a cell sliced from a parse chunk would keep the chunk alive
      this.recentIndex.push(i);
    }
    return i;
  }

  private lookup(raw: string, tickets: number): number {
    let i = this.cache.get(raw);
    if (i === undefined) {
      // Checked on a value's first sight only: a value seen before is known to hold no such byte.
      if (raw.indexOf("\uFFFD") >= 0) return DAMAGED_SLOT;
      const mapped = this.userMap.size > 0 ? this.userMap.get(foldValue(raw)) : undefined;
      const { channel, known, guessed, outbound } = mapped ? { channel: mapped, known: true, guessed: false, outbound: false } : mapChannel(raw, this.source);
      if (guessed && Object.keys(this.guessed).length < 100) this.guessed[raw.trim().slice(0, 40)] = channel;
      i = outbound ? OUTBOUND_SLOT : this.order.indexOf(channel);
      if (!known) i = -1 - i; // negative marks an unknown value, still counted as "other"
      this.cache.set(raw, i);
    }
    if (i < 0) {
      const key = raw.trim() === "" ? "(empty)" : raw.trim();
      this.unknown[key] = (this.unknown[key] ?? 0) + tickets;
      return -1 - i;
    }
    return i;
  }
}
