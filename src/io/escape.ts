// Control characters from input made visible before they reach a terminal, so a value cannot move the cursor,
// clear the screen, set the window title (OSC) or hide text.

/** C0 controls but tab and line feed, DEL, and C1 controls (U+0080-U+009F, which some terminals obey as ESC [). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** A colour or style sequence (SGR), the only escape sequence peakplan itself prints (through chalk). */
const SGR = /\u001b\[[0-9;]{0,32}m/g;

/** `\x1b` -> `\x1b` spelled out, and so on: the text stays readable and nothing in it acts on the terminal. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** As escapeControl, but colour sequences (SGR) pass: for text that mixes chalk's colours with values from input. */
export function escapeForTerminal(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(SGR)) {
    out += escapeControl(text.slice(last, m.index)) + m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + escapeControl(text.slice(last));
}
