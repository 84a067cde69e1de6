// `peakplan plan`: not built yet (see the open issue); fails loudly rather than pretending.
import { InternalError } from "../errors.js";

export async function planCommand(_options: Record<string, unknown>): Promise<void> {
  throw new InternalError("peakplan plan is not built yet");
}
