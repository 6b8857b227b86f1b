// A small seeded fuzzer for importers: a deterministic random source (so a failing input is found
// again from its seed and index), the usual mutations of a valid file (flipped bytes, truncation,
// zero padding, inserted garbage, zeroed blocks, repeated ranges), and a runner that checks every
// outcome: accepted, or refused with the importer's own error naming the file; never another error,
// a hang, or memory growth past a bound.

/** mulberry32: tiny, fast and good enough to pick mutations; the same seed gives the same inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Mutation = (bytes: Uint8Array, random: () => number) => Uint8Array;

const below = (random: () => number, n: number) => Math.floor(random() * n);

export const MUTATIONS: Record<string, Mutation> = {
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
