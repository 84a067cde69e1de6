// `peakplan staff`: not built yet (see the open issue); fails loudly rather than pretending.
import { InternalError } from "../errors.js";

export async function staffCommand(_options: Record<string, unknown>): Promise<void> {
  throw new InternalError("peakplan staff is not built yet");
}
