// Wall time of the test suite: `npm test` and `npm run test:fast`, three runs each, median and range.
// Usage: npm run bench -- suite   (run it on an idle machine; it takes a few minutes)
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const runs = Number(process.env.SUITE_RUNS ?? 3);

function time(script: string): number {
  const start = performance.now();
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: root, stdio: "ignore" });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) process.stdout.write(`  npm run ${script} exited ${result.status}\n`);
  return seconds;
}

for (const script of ["test", "test:fast"]) {
  const seconds = Array.from({ length: runs }, () => time(script)).sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)] ?? NaN;
  process.stdout.write(`npm run ${script}: median ${median.toFixed(1)} s (${seconds.map((s) => s.toFixed(1)).join(", ")} s over ${runs} runs)\n`);
}
