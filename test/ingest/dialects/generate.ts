// One seeded set of tickets written as an English Zendesk export and as Finnish, Swedish, Danish and Norwegian
// exports of two help desks each (Zendesk-like and Freshdesk-like headers, channel values and date forms). Run it to
// rewrite the committed fixtures: npx tsx test/ingest/dialects/generate.ts
import { writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { mulberry32, poisson } from "../../../src/sample/random.js";
import { storeZone } from "../../../src/time/zone.js";

export const ZONE = "Europe/Helsinki";
export const SEED = 10;
/** History span (store-local dates) and the planned window the plan test uses. */
export const FROM = "2025-09-01";
export const DAYS = 84;

type Ch = "email" | "chat" | "phone" | "form" | "social";
export interface Ticket {
  id: number;
  /** epoch ms */
  at: number;
  channel: Ch;
}

const MIX: Array<[Ch, number]> = [["email", 0.4], ["chat", 0.25], ["phone", 0.2], ["form", 0.1], ["social", 0.05]];
/** Weekday tickets per hour 0-23, morning, lunch and evening peaks (DOMAIN.md). */
const HOURS = [0, 0, 0, 0, 0, 0, 0.2, 0.6, 1.1, 1.2, 1, 1, 1.3, 1.3, 1, 0.9, 0.9, 1.1, 1.2, 1.1, 0.8, 0.5, 0.3, 0.1];

export function tickets(seed = SEED): Ticket[] {
  const rand = mulberry32(seed);
  const out: Ticket[] = [];
  let id = 1000;
  const start = DateTime.fromISO(FROM, { zone: ZONE });
  for (let d = 0; d < DAYS; d++) {
    const day = start.plus({ days: d });
    const weekend = day.weekday >= 6 ? 0.6 : 1;
    for (let h = 0; h < 24; h++) {
      const n = poisson(rand, (HOURS[h] ?? 0) * weekend * 0.9);
      for (let k = 0; k < n; k++) {
        let r = rand();
        const channel = (MIX.find(([, share]) => (r -= share) < 0)?.[0] ?? "email") as Ch;
        const at = day.set({ hour: h, minute: Math.floor(rand() * 60), second: Math.floor(rand() * 60) }).toMillis();
        out.push({ id: id++, at, channel });
      }
    }
  }
  return out;
}

export interface Dialect {
  name: string;
  delimiter: string;
  bom: boolean;
  crlf: boolean;
  header: string[];
  /** cells in header order */
  row(t: Ticket, local: DateTime): string[];
}

// storeZone: the same local times with the offsets remembered (a DateTime per ticket asked Intl each time).
const local = (t: Ticket): DateTime => DateTime.fromMillis(t.at, { zone: storeZone(ZONE) });
const values = (m: Record<Ch, string>) => (c: Ch): string => m[c];

const EN = values({ email: "Mail", chat: "Chat", phone: "Phone call (inbound)", form: "Web form", social: "Facebook" });
const FI_ZD = values({ email: "Sähköposti", chat: "Chat", phone: "Puhelin", form: "Yhteydenottolomake", social: "Facebook" });
const FI_FD = values({ email: "Sähköposti", chat: "Chatti", phone: "Puhelu", form: "Portaali", social: "Twitter" });
const SV_ZD = values({ email: "E-post", chat: "Chatt", phone: "Telefon", form: "Webbformulär", social: "Facebook" });
const SV_FD = values({ email: "E-post", chat: "Chatt", phone: "Telefonsamtal", form: "Portal", social: "Instagram" });
const DA_ZD = values({ email: "E-mail", chat: "Chat", phone: "Telefon", form: "Kontaktformular", social: "Facebook" });
const DA_FD = values({ email: "Mail", chat: "Chat", phone: "Opkald", form: "Formular", social: "Sociale medier" });
const NB_ZD = values({ email: "E-post", chat: "Chat", phone: "Telefon", form: "Nettskjema", social: "Facebook" });
const NB_FD = values({ email: "Epost", chat: "Chat", phone: "Telefonsamtale", form: "Portal", social: "Sosiale medier" });

export const DIALECTS: Dialect[] = [
  {
    name: "en-zendesk", delimiter: ",", bom: false, crlf: false, header: ["Id", "Subject", "Created at", "Via"],
    row: (t, l) => [String(t.id), "Order question", l.toUTC().toISO({ suppressMilliseconds: true }) ?? "", EN(t.channel)],
  },
  {
    name: "fi-zendesk", delimiter: ";", bom: true, crlf: true, header: ["Tiketin ID", "Aihe", "Luotu", "Kanava"],
    row: (t, l) => [String(t.id), "Tilauksen tila", l.toFormat("d.M.yyyy H.mm.ss"), FI_ZD(t.channel)],
  },
  {
    name: "fi-freshdesk", delimiter: ";", bom: true, crlf: true, header: ["Tiketin ID", "Aihe", "Lähde", "Luotu"],
    row: (t, l) => [String(t.id), "Palautus", FI_FD(t.channel), l.toFormat("dd.MM.yyyy 'klo' H.mm.ss")],
  },
  {
    name: "sv-zendesk", delimiter: ";", bom: true, crlf: false, header: ["Ärende-ID", "Ämne", "Skapad", "Kanal"],
    row: (t, l) => [String(t.id), "Leverans", l.toFormat("yyyy-MM-dd HH:mm:ss"), SV_ZD(t.channel)],
  },
  {
    name: "sv-freshdesk", delimiter: ",", bom: false, crlf: true, header: ["Ärende-ID", "Ämne", "Källa", "Tid för skapande"],
    row: (t, l) => [String(t.id), "Retur", SV_FD(t.channel), l.toFormat("yyyy/MM/dd HH:mm:ss.SSS")],
  },
  {
    name: "da-zendesk", delimiter: ";", bom: true, crlf: true, header: ["Billet-ID", "Emne", "Oprettet", "Kanal"],
    row: (t, l) => [String(t.id), "Ordre", l.toFormat("dd-MM-yyyy HH:mm:ss"), DA_ZD(t.channel)],
  },
  {
    name: "da-freshdesk", delimiter: ";", bom: false, crlf: false, header: ["Billet-ID", "Emne", "Kilde", "Oprettet"],
    row: (t, l) => [String(t.id), "Returnering", DA_FD(t.channel), l.toFormat("dd.MM.yyyy 'kl.' HH.mm.ss")],
  },
  {
    name: "nb-zendesk", delimiter: ";", bom: true, crlf: true, header: ["Sak-ID", "Emne", "Opprettet", "Kanal"],
    row: (t, l) => [String(t.id), "Bestilling", l.toFormat("dd.MM.yyyy HH:mm:ss"), NB_ZD(t.channel)],
  },
  {
    name: "nb-freshdesk", delimiter: ",", bom: false, crlf: false, header: ["Saks-ID", "Emne", "Kilde", "Opprettelsestidspunkt"],
    row: (t, l) => [String(t.id), "Retur", NB_FD(t.channel), l.toFormat("d.M.yyyy 'kl.' HH:mm:ss")],
  },
];

export function render(dialect: Dialect, list: readonly Ticket[]): string {
  const eol = dialect.crlf ? "\r\n" : "\n";
  const lines = [dialect.header, ...list.map((t) => dialect.row(t, local(t)))].map((cells) => cells.join(dialect.delimiter));
  return `${dialect.bom ? "\uFEFF" : ""}${lines.join(eol)}${eol}`;
}

export const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/dialects/", import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const list = tickets();
  for (const d of DIALECTS) writeFileSync(`${FIXTURE_DIR}${d.name}.csv`, render(d, list));
  console.log(`wrote ${DIALECTS.length} exports of ${list.length} tickets to ${FIXTURE_DIR}`);
}
