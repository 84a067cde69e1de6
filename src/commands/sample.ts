// `peakplan sample`: not built yet (see the open issue); fails loudly rather than pretending.
import { InternalError } from "../errors.js";

export async function sampleCommand(_options: Record<string, unknown>): Promise<void> {
  throw new InternalError("peakplan sample is not built yet");
}
