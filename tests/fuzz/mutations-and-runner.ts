// Fuzzing for importers whose refusals are their own error classes (DatasetImportError, loadSafetensors's
// Error) rather than coded ApiInputErrors (those use fuzz-harness.ts's fuzz()): mutations aimed at the
// classroom's defects (zero padding, zeroed 512-byte blocks, as well as flips, truncation, garbage and
// repeats) from fuzz-harness.ts's seeded random source, and a runner where each test checks the outcome
// itself; it adds a hang limit and records the peak memory growth.
import { seededRandom } from './fuzz-harness';

export type ByteMutation = (bytes: Uint8Array, random: () => number) => Uint8Array;

const below = (random: () => number, n: number) => Math.floor(random() * n);

export const MUTATIONS: Record<string, ByteMutation> = {
  flipBytes: (bytes, random) => {
    const out = bytes.slice();
    const count = 1 + below(random, 8);
    for (let i = 0; i < count && out.length > 0; i++) out[below(random, out.length)] ^= 1 + below(random, 255);
    return out;
  },
  truncate: (bytes, random) => bytes.slice(0, below(random, bytes.length)),
  padZeros: (bytes, random) => {
    const out = new Uint8Array(bytes.length + 1 + below(random, 1 << 20));
    out.set(bytes);
    return out;
  },
  insertGarbage: (bytes, random) => {
    const at = below(random, bytes.length + 1);
    const garbage = Uint8Array.from({ length: 1 + below(random, 600) }, () => below(random, 256));
    const out = new Uint8Array(bytes.length + garbage.length);
    out.set(bytes.subarray(0, at));
    out.set(garbage, at);
    out.set(bytes.subarray(at), at + garbage.length);
    return out;
  },
  zeroBlock: (bytes, random) => {
    const out = bytes.slice();
    const start = below(random, Math.max(1, out.length)) & ~511;
    out.fill(0, start, Math.min(out.length, start + 512 * (1 + below(random, 4))));
    return out;
  },
  repeatRange: (bytes, random) => {
    const start = below(random, bytes.length);
    const end = Math.min(bytes.length, start + 1 + below(random, 4096));
    const out = new Uint8Array(bytes.length + (end - start));
    out.set(bytes.subarray(0, end));
    out.set(bytes.subarray(start), end);
    return out;
  },
};

export interface Mutated {
  bytes: Uint8Array;
  /** e.g. "flipBytes#17", to find the input again. */
  label: string;
}

/** `count` mutated copies of the valid inputs, the same for the same seed. */
export function mutatedInputs(valid: readonly Uint8Array[], count: number, seed: number): Mutated[] {
  const random = seededRandom(seed);
  const names = Object.keys(MUTATIONS);
  return Array.from({ length: count }, (_, i) => {
    const name = names[below(random, names.length)];
    const base = valid[below(random, valid.length)];
    return { bytes: MUTATIONS[name](base, random), label: `${name}#${i}` };
  });
}

export interface FuzzTally {
  accepted: number;
  refused: number;
  /** The largest resident memory seen above the start, in MB. */
  peakGrowthMb: number;
  /** The slowest input, in milliseconds (reported; a hang is caught by the per-input limit). */
  slowestMs: number;
}

export class FuzzFailure extends Error {
  override name = 'FuzzFailure';
}

/**
 * Runs `attempt` on every input. `attempt` resolves 'accepted' or 'refused' after checking the outcome
 * itself, and throws FuzzFailure (or anything) for a wrong one; an input over `limitMs` is a hang.
 */
export async function runFuzz(
  inputs: readonly Mutated[],
  attempt: (input: Mutated) => Promise<'accepted' | 'refused'>,
  limitMs = 15_000,
): Promise<FuzzTally> {
  const tally: FuzzTally = { accepted: 0, refused: 0, peakGrowthMb: 0, slowestMs: 0 };
  const startRss = process.memoryUsage().rss;
  for (const input of inputs) {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new FuzzFailure(`${input.label} did not finish within ${limitMs} ms`)), limitMs);
    });
    try {
      tally[await Promise.race([attempt(input), hang])]++;
    } catch (error) {
      throw new FuzzFailure(`${input.label}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
    tally.slowestMs = Math.max(tally.slowestMs, performance.now() - started);
    tally.peakGrowthMb = Math.max(tally.peakGrowthMb, (process.memoryUsage().rss - startRss) / 2 ** 20);
  }
  return tally;
}
