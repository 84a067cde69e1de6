// The InputError (exit 2) a call ends in, for tests that read its one line; anything else is rethrown.
import { InputError } from "../src/errors.js";

export async function inputError(run: () => Promise<unknown> | unknown): Promise<InputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError (exit 2), but the call succeeded");
}

/** The same for a call that does not return a promise. */
export function thrownInputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError (exit 2), but the call succeeded");
}
