// `peakplan init`: not built yet (see the open issue); fails loudly rather than pretending.
import { InternalError } from "../errors.js";

export async function initCommand(_options: Record<string, unknown>): Promise<void> {
  throw new InternalError("peakplan init is not built yet");
}
