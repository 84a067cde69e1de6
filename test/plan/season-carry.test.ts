// Which channels' closed-day mail the season carries: the config's backlog channels, never an Erlang C queue.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config.js";
import { backlogChannels } from "../../src/plan/season.js";

describe("backlogChannels", () => {
  it("are the channels staff answers as a backlog: email, forms and social by default, not chat or phone", () => {
    const channels = backlogChannels(defaultConfig());
    expect(channels).toEqual(expect.arrayContaining(["email", "form", "social"]));
    expect(channels).not.toContain("chat");
    expect(channels).not.toContain("phone");
  });

  it("follow the config: a chat answered as a backlog is carried, an email queue on Erlang C is not", () => {
    const c = defaultConfig();
    c.channels.chat = { model: "backlog", ahtSeconds: 300, responseHours: 1 };
    c.channels.email = { model: "erlang-c", ahtSeconds: 480, target: 0.8, answerSeconds: 60, concurrency: 1 };
    expect(backlogChannels(c)).toContain("chat");
    expect(backlogChannels(c)).not.toContain("email");
  });
});
