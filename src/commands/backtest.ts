// `peakplan backtest`: not built yet (see the open issue); fails loudly rather than pretending.
import { InternalError } from "../errors.js";

export async function backtestCommand(_options: Record<string, unknown>): Promise<void> {
  throw new InternalError("peakplan backtest is not built yet");
}
