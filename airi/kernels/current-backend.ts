// Which backend every layer and optimizer calls: the reference one until a host sets another (the
// trainer sets the WASM one). Kept apart from backend.ts, the interface, which the reference kernels
// import their types from: holding the reference backend there made the tree's one import cycle.
import type { Backend } from './backend';
import { referenceBackend } from './reference/reference-backend';

let current: Backend = referenceBackend;

/** Makes `backend` the one every layer and optimizer uses from their next call on. */
export function setBackend(backend: Backend): void {
  current = backend;
}

export function getBackend(): Backend {
  return current;
}
