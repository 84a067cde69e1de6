// `peakplan forecast`: not built yet (see the open issue); fails loudly rather than pretending.
import { InternalError } from "../errors.js";

export async function forecastCommand(_options: Record<string, unknown>): Promise<void> {
  throw new InternalError("peakplan forecast is not built yet");
}
