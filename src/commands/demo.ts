// `peakplan demo`: not built yet (see the open issue); fails loudly rather than pretending.
import { InternalError } from "../errors.js";

export async function demoCommand(_options: Record<string, unknown>): Promise<void> {
  throw new InternalError("peakplan demo is not built yet");
}
