// Asks V8 for a full collection between the phases of a big import. VGG16's file, its tensors and the
// net are each 528 MB of ArrayBuffers that become garbage at known points, but V8 collects by the
// pace of its own heap, not of that external memory, so without this the process would keep all
// three until much later. Node exposes gc() only behind a flag, which V8 lets a running process set.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null; // not offered here: the collector will get there on its own
    }
  }
  gc?.();
}
