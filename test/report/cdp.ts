// Headless Chromium driven over the DevTools protocol on a pipe, for the report's browser test: a page at a viewport
// size, its requests, a script evaluated in it and a full-page screenshot are all that test asks. playwright-core did
// the same, but importing its bundle cost 0.75 s of CPU in the test worker, more than the two pages' checks.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

type Listener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

export class Browser {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<{ method: string; fn: Listener }>();
  private readonly exited: Promise<void>;
  private readonly toBrowser: Writable;

  constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const [, , , toBrowser, fromBrowser] = child.stdio as [unknown, unknown, unknown, Writable, Readable];
    this.toBrowser = toBrowser;
    // Messages are JSON, each ended by a NUL byte.
    let buffered = "";
    fromBrowser.setEncoding("utf8");
    fromBrowser.on("data", (chunk: string) => {
      const parts = (buffered + chunk).split("\0");
      buffered = parts.pop() ?? "";
      for (const part of parts) this.receive(JSON.parse(part) as Message);
    });
    this.exited = new Promise((resolve) => child.once("exit", () => resolve()));
  }

  private receive(message: Message): void {
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result ?? {});
      return;
    }
    for (const l of this.listeners) if (l.method === message.method) l.fn(message.params ?? {}, message.sessionId);
  }

  /** One protocol command, to the browser or (with `sessionId`) to a page. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  on(method: string, fn: Listener): () => void {
    const entry = { method, fn };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  /** A fresh page (its own browser context, as playwright's newPage) at the given viewport size. */
  async newPage(viewport: { width: number; height: number }): Promise<Page> {
    const { browserContextId } = await this.send("Target.createBrowserContext");
    const { targetId } = await this.send("Target.createTarget", { url: "about:blank", browserContextId });
    const { sessionId } = (await this.send("Target.attachToTarget", { targetId, flatten: true })) as { sessionId: string };
    const page = new Page(this, sessionId, String(browserContextId));
    await Promise.all([
      this.send("Page.enable", {}, sessionId),
      this.send("Network.enable", {}, sessionId),
      this.send("Emulation.setDeviceMetricsOverride", { width: viewport.width, height: viewport.height, deviceScaleFactor: 1, mobile: false }, sessionId),
    ]);
    return page;
  }

  async close(): Promise<void> {
    await this.send("Browser.close").catch(() => undefined);
    await this.exited;
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export class Page {
  /** Every URL the page asked for, in order. */
  readonly requests: string[] = [];
  private readonly stop: () => void;

  constructor(
    private readonly browser: Browser,
    private readonly sessionId: string,
    private readonly contextId: string,
  ) {
    this.stop = browser.on("Network.requestWillBeSent", (params, session) => {
      if (session === sessionId) this.requests.push(String((params.request as { url?: string } | undefined)?.url));
    });
  }

  /** Navigates and waits for the load event. */
  async goto(url: string): Promise<void> {
    const loaded = new Promise<void>((resolve) => {
      const off = this.browser.on("Page.loadEventFired", (_, session) => {
        if (session !== this.sessionId) return;
        off();
        resolve();
      });
    });
    const { errorText } = await this.browser.send("Page.navigate", { url }, this.sessionId);
    if (errorText) throw new Error(`${url}: ${String(errorText)}`);
    await loaded;
  }

  /** The value of a JavaScript expression in the page (JSON values only); a thrown error fails the test. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = (await this.browser.send("Runtime.evaluate", { expression, returnByValue: true }, this.sessionId)) as {
      result: { value?: T };
      exceptionDetails?: { exception?: { description?: string }; text?: string };
    };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text ?? "evaluate failed");
    return result.value as T;
  }

  /** A PNG of the whole page, not only the viewport. */
  async screenshot(path: string): Promise<void> {
    const { cssContentSize } = (await this.browser.send("Page.getLayoutMetrics", {}, this.sessionId)) as { cssContentSize: { width: number; height: number } };
    const clip = { x: 0, y: 0, width: Math.ceil(cssContentSize.width), height: Math.ceil(cssContentSize.height), scale: 1 };
    const { data } = await this.browser.send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true, clip }, this.sessionId);
    writeFileSync(path, Buffer.from(String(data), "base64"));
  }

  async close(): Promise<void> {
    this.stop();
    await this.browser.send("Target.disposeBrowserContext", { browserContextId: this.contextId });
  }
}

/** Starts headless Chromium with the protocol on file descriptors 3 (to it) and 4 (from it). */
export async function launch(executablePath: string, args: readonly string[]): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "peakplan-chromium-"));
  const child = spawn(executablePath, ["--headless", "--remote-debugging-pipe", `--user-data-dir=${profile}`, "--no-startup-window", ...args], {
    // Its log on stderr is left unread: a pipe nobody drains would stop it once full.
    stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
  });
  const browser = new Browser(child, profile);
  // Chromium answers on the pipe once it is up; a binary that fails to start exits instead.
  const failed = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`${executablePath} exited with ${code}`))));
  await Promise.race([browser.send("Browser.getVersion"), failed]);
  return browser;
}
