// `peakplan check`: not built yet (see the open issue); fails loudly rather than pretending.
import { InternalError } from "../errors.js";

export async function checkCommand(_options: Record<string, unknown>): Promise<void> {
  throw new InternalError("peakplan check is not built yet");
}
