// `peakplan erlang`: the JSON contract, the reverse question, concurrency, Erlang A and bad options.
import { describe, expect, it } from "vitest";
import { computeErlang, erlangCommand } from "../../src/commands/erlang.js";
import { InputError } from "../../src/errors.js";
import { memoryPrinter } from "../../src/io/terminal.js";

const classic = { volume: 100, intervalMinutes: 30, aht: 180, target: 0.8, answerSeconds: 20 };

describe("erlang command", () => {
  it("--json prints the six contract keys first, with the classic answer", async () => {
    const p = memoryPrinter();
    await erlangCommand({ ...classic, shrinkage: 0.3, json: true }, p);
    const parsed = JSON.parse(p.stdout.join("")) as Record<string, number>;
    expect(Object.keys(parsed).slice(0, 6)).toEqual(["agents", "agentsWithShrinkage", "serviceLevel", "probWait", "asaSeconds", "occupancy"]);
    expect(parsed.agents).toBe(14);
    expect(parsed.agentsWithShrinkage).toBe(20);
    expect(parsed.serviceLevel).toBeCloseTo(0.888, 3);
    expect(parsed.probWait).toBeCloseTo(0.174, 3);
    expect(parsed.asaSeconds).toBeCloseTo(7.8, 1);
    expect(parsed.occupancy).toBeCloseTo(0.714, 3);
  });
  it("prints a readable summary without --json", async () => {
    const p = memoryPrinter();
    const r = await erlangCommand({ ...classic, shrinkage: 0.3 }, p);
    const text = p.stdout.join("\n");
    expect(r.agents).toBe(14);
    expect(text).toContain("88.8 %");
    expect(text).toMatch(/to schedule\s+20/);
  });
  it("--agents answers the reverse question", () => {
    const r = computeErlang({ ...classic, agents: 13 });
    expect(r.agents).toBe(13);
    expect(r.serviceLevel).toBeLessThan(0.8);
    expect(r.serviceLevel).toBeGreaterThan(0.7);
  });
  it("--agents at or below the load says unstable, ASA null", () => {
    const r = computeErlang({ ...classic, agents: 10 });
    expect(r.stable).toBe(false);
    expect(r.asaSeconds).toBeNull();
  });
  it("--max-occupancy can raise the answer", () => {
    expect(computeErlang({ ...classic, maxOccupancy: 0.6 }).agents).toBe(17);
  });
  it("--concurrency 2 staffs chat slots: half the agents of one-at-a-time, rounded up", () => {
    const one = computeErlang({ volume: 60, intervalMinutes: 60, aht: 360, target: 0.8, answerSeconds: 120 });
    const two = computeErlang({ volume: 60, intervalMinutes: 60, aht: 360, target: 0.8, answerSeconds: 120, concurrency: 2 });
    expect(two.agents).toBe(Math.ceil(one.agents / 2));
    expect(two.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });
  it("--patience switches to Erlang A: fewer agents than Erlang C, with the abandon rate", () => {
    const r = computeErlang({ ...classic, patience: 300, maxOccupancy: 0.85 });
    expect(r.model).toBe("erlang-a");
    expect(r.agents).toBe(13);
    expect(r.erlangCAgents).toBe(14);
    expect(r.abandonRate).toBeCloseTo(0.025, 3);
  });
  it("zero volume needs no agents", () => {
    expect(computeErlang({ ...classic, volume: 0 }).agents).toBe(0);
  });
  it.each([
    [{ volume: -1 }, "--volume"],
    [{ aht: 0 }, "--aht"],
    [{ target: 1 }, "--target"],
    [{ target: 0 }, "--target"],
    [{ answerSeconds: -5 }, "--answer-seconds"],
    [{ shrinkage: 1 }, "--shrinkage"],
    [{ maxOccupancy: 0 }, "--max-occupancy"],
    [{ concurrency: 0 }, "--concurrency"],
    [{ patience: 0 }, "--patience"],
    [{ intervalMinutes: 0 }, "--interval-minutes"],
  ])("rejects %o naming %s", (bad, option) => {
    let error: unknown;
    try {
      computeErlang({ ...classic, ...bad });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message.startsWith(`${option}:`)).toBe(true);
    expect((error as InputError).exitCode).toBe(2);
  });
});
