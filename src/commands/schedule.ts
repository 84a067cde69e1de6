// `peakplan schedule`: not built yet (see the open issue); fails loudly rather than pretending.
import { InternalError } from "../errors.js";

export async function scheduleCommand(_options: Record<string, unknown>): Promise<void> {
  throw new InternalError("peakplan schedule is not built yet");
}
