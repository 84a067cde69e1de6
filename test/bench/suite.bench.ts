// Wall time of the test suite: `npm test` and `npm run test:fast`, three runs each, median and range, and the CPU
// time (user + system) the run's processes used, which load from other jobs changes far less than the wall time.
// Usage: npm run bench -- suite   (run it on an idle machine; it takes a few minutes)
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const runs = Number(process.env.SUITE_RUNS ?? 3);

/** CPU seconds of this process's waited-for children (cutime + cstime in /proc/self/stat); NaN off Linux. */
function childCpu(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 (state): cutime and cstime are fields 16 and 17, in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

function time(script: string): { wall: number; cpu: number } {
  const cpu0 = childCpu();
  const start = performance.now();
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: root, stdio: "ignore" });
  const wall = (performance.now() - start) / 1000;
  if (result.status !== 0) process.stdout.write(`  npm run ${script} exited ${result.status}\n`);
  return { wall, cpu: childCpu() - cpu0 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

for (const script of ["test", "test:fast"]) {
  const measured = Array.from({ length: runs }, () => time(script));
  const walls = measured.map((m) => m.wall);
  const cpus = measured.map((m) => m.cpu);
  process.stdout.write(
    `npm run ${script}: median ${median(walls).toFixed(1)} s wall (${walls.map((s) => s.toFixed(1)).join(", ")} s), ` +
      `median ${median(cpus).toFixed(1)} s CPU (${cpus.map((s) => s.toFixed(1)).join(", ")} s) over ${runs} runs\n`,
  );
}
