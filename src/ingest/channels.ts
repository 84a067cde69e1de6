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
  email: "email", mail: "email", "e mail": "email", "outbound email": "email", emailfwd: "email", "email fwd": "email",
  chat: "chat", "live chat": "chat", livechat: "chat", messaging: "chat", "native messaging": "chat", conversation: "chat",
  messenger: "chat", whatsapp: "chat", sms: "chat", "any channel": "chat", beacon: "chat", "beacon v2": "chat",
  phone: "phone", voice: "phone", call: "phone", "phone call": "phone", "phone call (inbound)": "phone",
  "phone call (outbound)": "phone", "phone call (incoming)": "phone", "phone call (outgoing)": "phone",
  "phone switch": "phone", aircall: "phone", telephone: "phone",
  social: "social", facebook: "social", "facebook mention": "social", "facebook messenger": "social",
  "facebook post": "social", twitter: "social", "twitter direct message": "social", "twitter dm": "social",
  x: "social", instagram: "social", "instagram comment": "social", "instagram dm": "social",
  "instagram direct message": "social", "instagram ad comment": "social", tiktok: "social", forum: "social",
  form: "form", "web form": "form", web: "form", portal: "form", "feedback widget": "form", "web widget": "form",
  "contact form": "form", "help center": "form", helpcenter: "form", "support form": "form",
  other: "other", api: "other", "web service": "other", rule: "other", "closed ticket": "other",
  "internal note": "other", notification: "other", push: "other", mobile: "other", "sample ticket": "other",
};

/** Freshdesk's API writes the source as a number. */
const FRESHDESK_IDS: Record<string, Channel> = { "1": "email", "2": "form", "3": "phone", "7": "chat", "9": "form", "10": "email" };

export function normaliseRaw(raw: string): string {
  return raw.trim().toLowerCase().replace(/[_\-\s]+/g, " ");
}

/**
 * Maps one raw value; `known` is false when it fell to "other" without being recognised (reported to the user).
 */
export function mapChannel(raw: string, source: string): { channel: Channel; known: boolean } {
  const v = normaliseRaw(raw);
  const exact = EXACT[v];
  if (exact) return { channel: exact, known: true };
  if (source === "freshdesk" && FRESHDESK_IDS[v]) return { channel: FRESHDESK_IDS[v] as Channel, known: true };
  // Free-text variants ("Phone call (inbound)", "E-mail support") still say what they are.
  if (/mail/.test(v)) return { channel: "email", known: true };
  if (/chat|messag|whatsapp/.test(v)) return { channel: "chat", known: true };
  if (/phone|voice|call/.test(v)) return { channel: "phone", known: true };
  if (/facebook|twitter|instagram|social/.test(v)) return { channel: "social", known: true };
  if (/form|portal/.test(v)) return { channel: "form", known: true };
  return { channel: "other", known: false };
}

/** A per-ingest cache: exports repeat a handful of raw values a million times. */
export class ChannelMapper {
  private readonly cache = new Map<string, number>();
  readonly unknown: Record<string, number> = {};

  constructor(
    private readonly source: string,
    private readonly order: readonly Channel[],
  ) {}

  /**
   * Known raw values already mapped, scanned with === before the Map: exports use a handful of values in turn,
   * and comparing a few short strings is cheaper than hashing each row's fresh cell string for a Map look-up.
   */
  private readonly recentRaw: string[] = [];
  private readonly recentIndex: number[] = [];

  /** Index into `order` of the raw value's channel. */
  index(raw: string): number {
    const recent = this.recentRaw;
    for (let k = 0; k < recent.length; k++) if (recent[k] === raw) return this.recentIndex[k] as number;
    const i = this.lookup(raw);
    // Unknown values are counted per row, so only known ones are remembered.
    if (i === this.cache.get(raw) && recent.length < 8) {
      recent.push(` ${raw}`.slice(1)); // a copy: a cell sliced from a parse chunk would keep the chunk alive
      this.recentIndex.push(i);
    }
    return i;
  }

  private lookup(raw: string): number {
    let i = this.cache.get(raw);
    if (i === undefined) {
      const { channel, known } = mapChannel(raw, this.source);
      i = this.order.indexOf(channel);
      if (!known) i = -1 - i; // negative marks an unknown value, still counted as "other"
      this.cache.set(raw, i);
    }
    if (i < 0) {
      const key = raw.trim() === "" ? "(empty)" : raw.trim();
      this.unknown[key] = (this.unknown[key] ?? 0) + 1;
      return -1 - i;
    }
    return i;
  }
}
