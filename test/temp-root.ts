// Vitest global setup: every test's temporary folder (os.tmpdir(), mkdtemp) lands in one folder for the run, which
// the teardown removes. Without it each `npm test` left about a hundred peakplan-* folders in /tmp. Workers and the
// processes tests spawn (the CLI, npm, chromium) inherit TMPDIR, and Node's tmpdir() reads it on every call.
// Vitest runs a global setup once per project: the first run makes the folder, the others keep it (nesting them
// made chromium's socket path longer than Unix allows), and only the first one's teardown removes it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MARK = "PEAKPLAN_TEST_TMP";

export default function setup(): () => void {
  if (process.env[MARK]) return () => undefined;
  const root = mkdtempSync(join(tmpdir(), "pp-"));
  process.env[MARK] = root;
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
