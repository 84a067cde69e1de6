// staffRequirements: support hours and closed days, rounding once per hour, shrinkage, seniors, standby, DST.
import { describe, expect, it } from "vitest";
import { applyConfig, defaultConfig, type Config } from "../../src/config.js";
import { InputError } from "../../src/errors.js";
import type { ForecastRow } from "../../src/forecast/types.js";
import { staffRequirements } from "../../src/staff/requirements.js";
import { clockHours, hourKey } from "../../src/time/hours.js";

const zone = "Europe/Helsinki";
function config(raw: object = {}): Config {
  return applyConfig(defaultConfig(), { timezone: zone, ...raw }, "/tmp/peakplan.config.json");
}
/** One row per hour of the days for each channel, volume from `f` (p90 = volume × p90x). */
function forecast(from: string, to: string, channels: Record<string, (h: number) => number>, p90x = 1): ForecastRow[] {
  const rows: ForecastRow[] = [];
  for (const dt of clockHours(from, to, zone)) {
    for (const [channel, f] of Object.entries(channels)) {
      const volume = f(dt.hour);
      rows.push({ hourStart: hourKey(dt), channel, volume, p10: volume, p50: volume, p90: volume * p90x, event: "", method: "test" });
    }
  }
  return rows;
}

describe("support hours and closed days", () => {
  it("asks for nobody outside 07-22 or on 25 December, even with volume there", () => {
    const r = staffRequirements(forecast("2026-12-24", "2026-12-26", { phone: () => 30, email: () => 10 }), config());
    for (const row of r.rows) {
      const hour = Number(row.hourStart.slice(11, 13));
      const closed = row.hourStart.startsWith("2026-12-25") || hour < 7 || hour >= 22;
      if (closed) expect(row.agents).toBe(0);
      else expect(row.agents).toBeGreaterThan(0);
    }
  });
  it("uses per-channel, per-weekday hours from the config", () => {
    const c = config({ supportHours: { channels: { phone: { default: "09:00-17:00", weekdays: { sat: "closed" } } } } });
    const r = staffRequirements(forecast("2026-11-27", "2026-11-28", { phone: () => 30 }), c); // Fri, Sat
    const staffed = r.rows.filter((x) => x.agents > 0).map((x) => x.hourStart);
    expect(staffed[0]).toBe("2026-11-27T09:00+02:00");
    expect(staffed.at(-1)).toBe("2026-11-27T16:00+02:00");
    expect(staffed).toHaveLength(8);
  });
});

describe("rounding and shrinkage", () => {
  it("sums channels first and rounds up once per hour (multi-skilled agents)", () => {
    // email 3/h × 8 min = 0.4 agent, form 4/h × 6 min = 0.4 agent: one agent covers both, not two.
    const c = config({ shrinkage: 0 });
    const r = staffRequirements(forecast("2026-11-10", "2026-11-10", { email: () => 3, form: () => 4 }), c);
    const noon = r.rows.find((x) => x.hourStart === "2026-11-10T12:00+02:00");
    expect(noon?.byChannel.email).toBeCloseTo(0.4, 9);
    expect(noon?.byChannel.form).toBeCloseTo(0.4, 9);
    expect(noon?.agents).toBe(1);
  });
  it("applies shrinkage once to the hour total: 14 phone agents on contacts → 20 on shift", () => {
    // 200 calls an hour at 180 s = 10 erlangs: 14 agents for 80/20 (the classic case over an hour).
    const c = config({ channels: { phone: { ahtSeconds: 180 } } });
    const r = staffRequirements(forecast("2026-11-10", "2026-11-10", { phone: () => 200 }), c);
    const noon = r.rows.find((x) => x.hourStart === "2026-11-10T12:00+02:00");
    expect(noon?.byChannel.phone).toBeCloseTo(14 / 0.7, 9);
    expect(noon?.agents).toBe(20);
  });
  it("staffs chat as slots: concurrency 2 halves the agents on contacts", () => {
    const c1 = config({ shrinkage: 0, channels: { chat: { concurrency: 1 } } });
    const c2 = config({ shrinkage: 0 });
    const f = forecast("2026-11-10", "2026-11-10", { chat: () => 60 });
    const one = staffRequirements(f, c1).rows[12]?.byChannel.chat ?? 0;
    const two = staffRequirements(f, c2).rows[12]?.byChannel.chat ?? 0;
    expect(two).toBeCloseTo(one / 2, 9);
  });
});

describe("seniors", () => {
  it("at least one in every staffed hour; 30 % of the hour's agents (rounded up) in peak windows", () => {
    // 2026: Black Friday 27 Nov → peak through Cyber Monday 30 Nov; 26 Nov is not a peak day.
    const r = staffRequirements(forecast("2026-11-26", "2026-11-27", { phone: () => 300 }), config());
    const normal = r.rows.filter((x) => x.hourStart.startsWith("2026-11-26") && x.agents > 0);
    const peak = r.rows.filter((x) => x.hourStart.startsWith("2026-11-27") && x.agents > 0);
    for (const x of normal) expect(x.seniors).toBe(1);
    for (const x of peak) expect(x.seniors).toBe(Math.ceil(0.3 * x.agents));
    expect(peak[0]?.seniors).toBeGreaterThan(1);
    expect(r.daily.map((d) => d.peak)).toEqual([false, true]);
  });
  it("the last shipping day and the two days before are peak; numbers come from the config", () => {
    const c = config({ seniors: { minPerHour: 2, peakShare: 0.5 }, events: { lastShippingDay: "12-18" } });
    const r = staffRequirements(forecast("2026-12-15", "2026-12-16", { phone: () => 300 }), c);
    const on = (d: string) => r.rows.filter((x) => x.hourStart.startsWith(d) && x.agents > 0);
    for (const x of on("2026-12-15")) expect(x.seniors).toBe(2);
    for (const x of on("2026-12-16")) expect(x.seniors).toBe(Math.ceil(0.5 * x.agents));
  });
});

describe("standby", () => {
  it("is zero when the p90 forecast equals the expected one", () => {
    const r = staffRequirements(forecast("2026-11-10", "2026-11-10", { phone: (h) => 20 + h * 5 }), config());
    expect(r.daily[0]?.standby).toBe(0);
  });
  it("is p90 agents minus expected agents at the day's busiest hour, on every staffed hour of the day", () => {
    const f = forecast("2026-11-10", "2026-11-10", { phone: (h) => (h === 13 ? 300 : 100) }, 1.5);
    const c = config();
    const r = staffRequirements(f, c);
    const busiest = r.rows.find((x) => x.hourStart === "2026-11-10T13:00+02:00");
    const p90 = staffRequirements(f.map((x) => ({ ...x, volume: x.p90 })), c).rows.find((x) => x.hourStart === busiest?.hourStart);
    const expected = (p90?.agents ?? 0) - (busiest?.agents ?? 0);
    expect(expected).toBeGreaterThan(0);
    expect(r.daily[0]?.standby).toBe(expected);
    expect(r.daily[0]?.peakAgents).toBe(busiest?.agents);
    for (const x of r.rows) expect(x.standby).toBe(x.agents > 0 ? expected : 0);
  });
});

describe("standby over the day's hours", () => {
  // Email 30 an hour all day; phone 20 expected at 19:00 with p90 100 (the reviewer's fc_standby2.csv).
  const channels = { email: () => 30, phone: (h: number) => (h === 19 ? 20 : 0) };
  const f = forecast("2026-12-02", "2026-12-02", channels).map((x) => (x.channel === "phone" && x.volume > 0 ? { ...x, p90: 100 } : x));
  it("is the largest hourly gap between p90 and expected agents on the queue channels, not only the busiest hour's", () => {
    const c = config();
    const r = staffRequirements(f, c);
    const at19 = (rows: typeof r.rows) => rows.find((x) => x.hourStart === "2026-12-02T19:00+02:00")?.agents ?? 0;
    const p90 = staffRequirements(f.map((x) => ({ ...x, volume: x.p90 })), c);
    const gap = at19(p90.rows) - at19(r.rows);
    expect(gap).toBeGreaterThan(10);
    expect(r.daily[0]?.standby).toBe(gap);
    for (const x of r.rows) expect(x.standby).toBe(x.agents > 0 ? gap : 0);
  });
  it("holds backlog channels at their expected plan: an email p90 raises no standby", () => {
    const r = staffRequirements(forecast("2026-12-02", "2026-12-02", { email: (h) => (h === 9 ? 200 : 20) }, 2), config());
    expect(r.daily[0]?.peakAgents).toBeGreaterThan(0);
    expect(r.daily[0]?.standby).toBe(0);
  });
});

describe("clock hours", () => {
  it("a 25-hour fall-back day gives 25 rows", () => {
    const f = forecast("2026-10-25", "2026-10-25", { email: () => 2 });
    const r = staffRequirements(f, config());
    expect(r.rows).toHaveLength(25);
    expect(new Set(r.rows.map((x) => x.hourStart)).size).toBe(25);
  });
  it("an hour missing from the forecast is an input error naming it, not an hour without contacts", () => {
    const f = forecast("2026-10-25", "2026-10-25", { email: () => 2 });
    const gappy = f.filter((_, i) => i !== 5);
    expect(() => staffRequirements(gappy, config(), { source: "f.csv" })).toThrow(/^f\.csv: no email row for 2026-10-25T04:00\+02:00 \(1 hour missing\)/);
  });
  it("a channel without a target is an input error naming it", () => {
    const f = forecast("2026-11-10", "2026-11-10", { fax: () => 1 });
    expect(() => staffRequirements(f, config(), { source: "f.csv" })).toThrow(InputError);
    expect(() => staffRequirements(f, config(), { source: "f.csv" })).toThrow(/f\.csv: channel "fax"/);
  });
});

describe("property: more volume never needs fewer agents in any hour", () => {
  it("holds across channels and models on a seeded grid", () => {
    const c = config();
    for (const k of [1, 2, 5, 13]) {
      const base = staffRequirements(forecast("2026-11-27", "2026-11-27", { phone: (h) => k * h, email: (h) => k + h, chat: () => 3 * k }), c);
      const more = staffRequirements(forecast("2026-11-27", "2026-11-27", { phone: (h) => k * h + 7, email: (h) => k + h + 1, chat: () => 3 * k + 2 }), c);
      more.rows.forEach((x, i) => expect(x.agents).toBeGreaterThanOrEqual(base.rows[i]?.agents ?? 0));
    }
  });
});
