// Which IANA zone an export's own offsets fit, to name it when they disagree with the store's zone.
import { IANAZone } from "luxon";
import { offsetText } from "../time/hours.js";

/** Looked at first, in this order: the stores this tool is for, then their neighbours, then UTC. */
const LIKELY = [
  "Europe/Helsinki", "Europe/Stockholm", "Europe/Copenhagen", "Europe/Oslo", "Europe/Berlin", "Europe/London",
  "Europe/Tallinn", "Europe/Amsterdam", "Europe/Paris", "Europe/Rome", "UTC", "America/New_York", "America/Chicago",
  "America/Los_Angeles", "America/Sao_Paulo",
];

/** The first zone whose offset at each sampled instant is the sampled offset (minutes), or "UTC+hh:mm" if none. */
export function zoneFitting(samples: ReadonlyArray<readonly [number, number]>): string {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  for (const name of [...LIKELY, ...all]) {
    const zone = IANAZone.create(name);
    if (zone.isValid && samples.every(([ms, off]) => zone.offset(ms) === off)) return name;
  }
  return `UTC${offsetText(samples[0]?.[1] ?? 0)}`;
}
