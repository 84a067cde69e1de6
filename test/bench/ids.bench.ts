// Benchmark: peak memory of dedupe for a million distinct ticket ids of each shape (issue 12, item 1), and an
// end-to-end ingest of a 1,000,000-row export with Intercom-style sparse 12-digit ids. Each shape runs in its own
// process so its peak memory is its own. Target: well under 200 MB per shape.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IdSet } from "../../src/ingest/idset.js";
import { ingestExport } from "../../src/ingest/read.js";
import { measure, peakMemoryMB, report } from "./measure.js";

const N = Number(process.env.PEAKPLAN_BENCH_IDS ?? 1_000_000);

/** A seeded spread of ids: `i` maps to a distinct value of the given shape. */
const SHAPES: Record<string, (i: number) => string> = {
  dense: (i) => String(1_000_000 + i),
  sparse12: (i) => String(100_000_000_000 + i * 7_919_993),
  sparse15: (i) => String(100_000_000_000_000 + i * 899_999_999),
  uuid: (i) => `${(i * 2654435761 >>> 0).toString(16).padStart(8, "0")}-4bad-4c0f-9e1a-${String(i).padStart(12, "0")}`,
  long200: (i) => `ticket-${String(i).padStart(8, "0")}-${"x".repeat(185)}`,
};

const shape = process.env.PEAKPLAN_BENCH_SHAPE;
if (shape === "ingest") {
  const dir = mkdtempSync(join(tmpdir(), "peakplan-bench-ids-"));
  const file = join(dir, "sparse.csv");
  try {
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(file);
      out.on("error", reject);
      out.write("ticket_id,created_at,channel\n");
      const start = Date.UTC(2025, 8, 1);
      let i = 0;
      const pump = (): void => {
        while (i < N) {
          const t = new Date(start + i * 9_000).toISOString().slice(0, 19);
          const ok = out.write(`${SHAPES.sparse12?.(i)},${t},${["email", "chat", "phone"][i % 3]}\n`);
          i++;
          if (!ok) return void out.once("drain", pump);
        }
        out.end(resolve);
      };
      pump();
    });
    const mb = statSync(file).size / 1e6;
    const { value, seconds } = await measure(() => ingestExport(file, { zone: "UTC", now: Date.UTC(2026, 0, 1) }));
    report("ingest sparse 12-digit ids", { rows: value.summary.rowsRead, duplicates: value.summary.duplicates, fileMB: mb, seconds, peakRssMB: peakMemoryMB() });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else if (shape !== undefined) {
  const make = SHAPES[shape];
  if (!make) throw new Error(`unknown shape ${shape}`);
  const before = peakMemoryMB();
  const { value, seconds } = await measure(() => {
    const ids = new IdSet();
    let repeats = 0;
    for (let i = 0; i < N; i++) if (ids.seen(make(i))) repeats++;
    // every id once more: all must be found
    for (let i = 0; i < N; i += 10) if (!ids.seen(make(i))) throw new Error(`lost id ${make(i)}`);
    return { size: ids.size, repeats };
  });
  report(`ids ${shape}`, { ids: value.size, repeats: value.repeats, seconds, peakRssMB: peakMemoryMB(), rssBeforeMB: before });
} else {
  const self = fileURLToPath(import.meta.url);
  for (const s of [...Object.keys(SHAPES), "ingest"]) {
    spawnSync(process.execPath, ["--import", "tsx", self], { stdio: "inherit", env: { ...process.env, PEAKPLAN_BENCH_SHAPE: s } });
  }
}
