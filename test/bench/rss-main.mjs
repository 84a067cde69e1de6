// The built CLI (what `peakplan` runs), with one line added after it ends: its own peak resident memory and CPU time, for the
// benchmarks that measure a command as a lead runs it (no TypeScript loader in the process, unlike `tsx` scripts).
import { main } from "../../dist/main.js";

const code = await main(process.argv);
const usage = process.resourceUsage();
process.stderr.write(`peak_rss_kb=${usage.maxRSS} cpu_us=${usage.userCPUTime + usage.systemCPUTime}\n`);
process.exitCode = code;
