// The sha256 of plan's five outputs on the bundled sample (test/plan/sample-reference.json, written by reference.sh),
// and the same hash of a file written now, so two tests can hold their outputs to one reference.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");
export const REFERENCE = JSON.parse(readFileSync(join(ROOT, "test/plan/sample-reference.json"), "utf8")) as { commit: string; files: Record<string, string> };

/** sha256 of an output file as the reference hashed it: summary.json names the history by its absolute path, so the checkout's folder is <root>. */
export function outputHash(path: string): string {
  return createHash("sha256").update(readFileSync(path, "utf8").split(ROOT).join("<root>")).digest("hex");
}
