// The config's plan section: plan.maxOnCallShortDays, its default and its checks, and the starter config that spells it out.
import { describe, expect, it } from "vitest";
import { applyConfig, defaultConfig } from "../../src/config.js";
import { InputError } from "../../src/errors.js";
import { starterConfig } from "../../src/plan/starter.js";

const load = (plan: unknown) => applyConfig(defaultConfig(), { plan }, "peakplan.config.json");

describe("plan.maxOnCallShortDays", () => {
  it("defaults to 0: the standby for a spike is part of the peak plan", () => {
    expect(defaultConfig().plan.maxOnCallShortDays).toBe(0);
    expect(load({}).plan.maxOnCallShortDays).toBe(0);
  });

  it("takes a whole number of on-call days, 0 or more, and names the key otherwise", () => {
    expect(load({ maxOnCallShortDays: 5 }).plan.maxOnCallShortDays).toBe(5);
    for (const bad of [-1, 1.5, "3"]) {
      expect(() => load({ maxOnCallShortDays: bad })).toThrow(InputError);
      expect(() => load({ maxOnCallShortDays: bad })).toThrow(/plan\.maxOnCallShortDays/);
    }
  });

  it("is spelled out, and explained, in the starter config", () => {
    const starter = JSON.parse(starterConfig()) as { plan: Record<string, unknown> };
    expect(starter.plan.maxOnCallShortDays).toBe(0);
    expect(String(starter.plan.$comment)).toMatch(/maxOnCallShortDays on-call days unfilled/);
    expect(applyConfig(defaultConfig(), starter, "peakplan.config.json").plan.maxOnCallShortDays).toBe(0);
  });
});
