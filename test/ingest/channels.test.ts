// Channel values: the desks' own names map outright; free text is read by its words and marked as a guess.
import { describe, expect, it } from "vitest";
import { ChannelMapper, mapChannel } from "../../src/ingest/channels.js";

describe("mapChannel", () => {
  it("maps the desks' names outright, Zendesk Talk's voicemail included", () => {
    expect(mapChannel("Phone call (inbound)", "zendesk")).toEqual({ channel: "phone", known: true });
    expect(mapChannel("Voicemail", "zendesk")).toEqual({ channel: "phone", known: true });
    expect(mapChannel("Sähköposti", "zendesk")).toEqual({ channel: "email", known: true });
  });

  it("reads free text by its words as a guess, voice before mail and message", () => {
    expect(mapChannel("Voice message", "generic")).toEqual({ channel: "phone", known: true, guessed: true });
    expect(mapChannel("Voicemail box 2", "generic")).toEqual({ channel: "phone", known: true, guessed: true });
    expect(mapChannel("E-mail support", "generic")).toEqual({ channel: "email", known: true, guessed: true });
    expect(mapChannel("Sähköposti (asiakas)", "generic")).toEqual({ channel: "email", known: true, guessed: true });
    expect(mapChannel("Live chat NO", "generic")).toEqual({ channel: "chat", known: true, guessed: true });
  });

  it("reads a social network's name before 'message': an Instagram message is social, as Facebook Messenger is", () => {
    expect(mapChannel("Facebook Messenger", "generic")).toEqual({ channel: "social", known: true });
    expect(mapChannel("Instagram message", "generic")).toEqual({ channel: "social", known: true, guessed: true });
    expect(mapChannel("Twitter DM message", "generic")).toEqual({ channel: "social", known: true, guessed: true });
    expect(mapChannel("Live chat message", "generic")).toEqual({ channel: "chat", known: true, guessed: true });
  });

  it("reads a switchboard or hotline as the phone line, in the Nordic languages too", () => {
    for (const v of ["Vaihde", "Puhelinvaihde", "Växel", "Omstilling", "Sentralbord", "Switchboard", "Hotline", "IVR queue"]) {
      expect(mapChannel(v, "generic"), v).toEqual({ channel: "phone", known: true, guessed: true });
    }
    // A form or portal named after the hotline is still the form.
    expect(mapChannel("Hotline form", "generic")).toEqual({ channel: "form", known: true, guessed: true });
    expect(mapChannel("Hotline portal", "generic")).toEqual({ channel: "form", known: true, guessed: true });
  });

  it("leaves what no word names to other, unknown", () => {
    expect(mapChannel("Trustpilot review", "generic")).toEqual({ channel: "other", known: false });
  });
});

describe("ChannelMapper", () => {
  it("records each guessed value once with its channel; names and the lead's map are not guesses", () => {
    const order = ["email", "chat", "phone", "other"] as const;
    const mapper = new ChannelMapper("generic", [...order], { "Kassa-chat": "chat" });
    for (const raw of ["Voice message", "Voice message", "email", "Kassa-chat", "E-mail support"]) mapper.index(raw);
    expect(mapper.guessed).toEqual({ "Voice message": "phone", "E-mail support": "email" });
  });
});
