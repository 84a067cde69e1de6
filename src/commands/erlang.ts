// `peakplan erlang`: not built yet (see the open issue); fails loudly rather than pretending.
import { InternalError } from "../errors.js";

export async function erlangCommand(_options: Record<string, unknown>): Promise<void> {
  throw new InternalError("peakplan erlang is not built yet");
}
