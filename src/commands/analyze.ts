// `peakplan analyze`: not built yet (see the open issue); fails loudly rather than pretending.
import { InternalError } from "../errors.js";

export async function analyzeCommand(_options: Record<string, unknown>): Promise<void> {
  throw new InternalError("peakplan analyze is not built yet");
}
