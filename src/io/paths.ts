// Where the bundled sample lives, wherever the package is installed.
import { fileURLToPath } from "node:url";

const dataDir = fileURLToPath(new URL("../../data/", import.meta.url));

export const SAMPLE = {
  dir: dataDir,
  history: `${dataDir}tickets.csv`,
  agents: `${dataDir}agents.csv`,
  config: `${dataDir}peakplan.config.json`,
} as const;
