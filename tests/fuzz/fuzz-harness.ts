// A small seeded fuzzer any importer can join: take real sample files, mutate them (bit flips, byte
// overwrites, truncation, inserted junk, a chunk copied elsewhere, length fields made huge), and
// check that each mutant is either accepted or refused with a coded error that names the file —
// never another exception, never a hang. Reproduce a failure with AIRI_FUZZ_SEED=<seed> and scale
// the run with AIRI_FUZZ_CASES.
import { ApiInputError } from '../../contract/guards';

/** mulberry32: a tiny, well-mixed PRNG, so a seed gives the same mutants on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Mutation = 'flip' | 'overwrite' | 'truncate' | 'insert' | 'duplicate' | 'huge-varint';

/** One mutant of `sample`, chosen by `random`; says which mutation it applied. */
export function mutate(sample: Uint8Array, random: () => number): { bytes: Uint8Array; mutation: Mutation } {
  const at = (n: number) => Math.floor(random() * n);
  const mutations: Mutation[] = ['flip', 'overwrite', 'truncate', 'insert', 'duplicate', 'huge-varint'];
  const mutation = mutations[at(mutations.length)];
  const bytes = new Uint8Array(sample);
  if (mutation === 'flip') {
    for (let i = 0, n = 1 + at(16); i < n; i++) bytes[at(bytes.length)] ^= 1 << at(8);
    return { bytes, mutation };
  }
  if (mutation === 'overwrite') {
    const start = at(bytes.length);
    for (let i = start; i < Math.min(bytes.length, start + 1 + at(64)); i++) bytes[i] = at(256);
    return { bytes, mutation };
  }
  if (mutation === 'truncate') return { bytes: bytes.subarray(0, at(bytes.length)), mutation };
  if (mutation === 'insert') {
    const where = at(bytes.length);
    const junk = Uint8Array.from({ length: 1 + at(256) }, () => at(256));
    return { bytes: concat(bytes.subarray(0, where), junk, bytes.subarray(where)), mutation };
  }
  if (mutation === 'duplicate') {
    const from = at(bytes.length);
    const chunk = bytes.subarray(from, from + 1 + at(512));
    const where = at(bytes.length);
    return { bytes: concat(bytes.subarray(0, where), chunk, bytes.subarray(where)), mutation };
  }
  // A length or size field blown up: 0xff bytes written over a stretch (varints, PNG/JPEG sizes).
  const where = at(bytes.length);
  for (let i = where; i < Math.min(bytes.length, where + 2 + at(8)); i++) bytes[i] = 0xff;
  return { bytes, mutation };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export interface FuzzOutcome {
  accepted: number;
  refused: Record<string, number>;
  /** Mutants that threw something other than a coded, file-naming error, or took too long. */
  failures: string[];
}

export interface FuzzTarget {
  /** Names the mutant's file so refusals can be checked for naming it. */
  fileName: string;
  /** Import or decode the bytes; resolve when accepted, throw when refused. */
  run(bytes: Uint8Array, fileName: string): Promise<unknown>;
  /** Longest a single case may take before it counts as a hang. */
  timeoutMs: number;
}

/** Runs `cases` mutants of the samples through `target` and tallies what happened. */
export async function fuzz(target: FuzzTarget, samples: Uint8Array[], cases: number, seed: number): Promise<FuzzOutcome> {
  const outcome: FuzzOutcome = { accepted: 0, refused: {}, failures: [] };
  const random = seededRandom(seed);
  for (let i = 0; i < cases; i++) {
    const sample = samples[i % samples.length];
    const { bytes, mutation } = mutate(sample, random);
    const label = `case ${i} (seed ${seed}, sample ${i % samples.length}, ${mutation}, ${bytes.length} bytes)`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`took over ${target.timeoutMs} ms`)), target.timeoutMs);
    });
    try {
      await Promise.race([target.run(bytes, target.fileName), hang]);
      outcome.accepted += 1;
    } catch (error) {
      const info = error instanceof ApiInputError ? error.info : undefined;
      const params = info?.params as { file?: string } | undefined;
      if (info && params?.file === target.fileName && error instanceof Error && error.message.includes(target.fileName)) {
        outcome.refused[info.code] = (outcome.refused[info.code] ?? 0) + 1;
      } else {
        outcome.failures.push(`${label}: ${(error as Error).name}: ${(error as Error).message}`);
      }
    } finally {
      clearTimeout(timer);
    }
  }
  return outcome;
}

export const FUZZ_CASES = Number(process.env.AIRI_FUZZ_CASES) || 0;
export const FUZZ_SEED = Number(process.env.AIRI_FUZZ_SEED) || 20261201;
