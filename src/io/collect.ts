// Node exposes its full garbage collection only behind --expose-gc, a flag the `peakplan` bin cannot pass through npm's
// shims or `node bin/peakplan.js`. Setting the flag at run time and fetching `gc` from a fresh context is the documented
// effect of v8.setFlagsFromString (flags set after start-up apply to contexts created after it).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collector: (() => void) | null | undefined;

/** The full garbage collection, or a no-op where this Node refuses the flag. */
export function fullCollection(): () => void {
  if (collector === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      const gc: unknown = runInNewContext("gc");
      collector = typeof gc === "function" ? (gc as () => void) : null;
    } catch {
      collector = null;
    }
  }
  return collector ?? (() => {});
}
