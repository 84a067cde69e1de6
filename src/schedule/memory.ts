// A hook to give memory back between the steps of a long solve. A finished weekly piece's model and solver buffers are
// garbage, but V8 collects lazily: on 200 agents eleven pieces' garbage piled up to ~90 MB of a ~400 MB peak before its
// first full collection. The core cannot reach the collector (it touches no process-level API); the shell registers one.

let release: () => void = () => {};

/** Registers what `releaseMemory` runs (the shell's full garbage collection); tests and library callers may leave it unset. */
export function onReleaseMemory(fn: () => void): void {
  release = fn;
}

/** Called where a large structure just became garbage: between pieces, after the solve, after the check. */
export function releaseMemory(): void {
  release();
}
