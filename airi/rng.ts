// Rng: the seeded random number generator behind every random choice in a run (initial weights,
// data sampling, shuffling), so the same seed replays a lesson exactly, on any host.
// Generator: xoshiro128** (Blackman & Vigna, https://prng.di.unimi.it/), 128 bits of state,
// seeded from one 32-bit integer through splitmix32 so that nearby seeds give unrelated streams.
// Math.random is never used: it cannot be seeded.

const TWO_POW_32 = 4294967296;

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** `seed` is any integer in [-2^31, 2^32); it is read as an unsigned 32-bit value. */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= TWO_POW_32) {
      throw new Error(`Rng: seed must be a 32-bit integer, got ${seed}`);
    }
    // splitmix32: a counter passed through an avalanche mix; four outputs fill the state.
    let counter = seed >>> 0;
    const next = (): number => {
      counter = (counter + 0x9e3779b9) >>> 0;
      let z = counter;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    // xoshiro's only forbidden state is all zeros.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Restores a generator from `state()`, e.g. to resume a run; also lets tests use published vectors. */
  static fromState(state: ArrayLike<number>): Rng {
    const rng = new Rng(0);
    rng.setState(state);
    return rng;
  }

  /**
   * Puts this generator back to a `state()`, in place: layers that hold it (Dropout, StochasticDepth)
   * and the data shuffle then draw on exactly as the run that saved it would have.
   */
  setState(state: ArrayLike<number>): void {
    if (state.length !== 4 || Array.from(state).every((w) => (w >>> 0) === 0)) {
      throw new Error('Rng.setState: expected four 32-bit words, not all zero');
    }
    this.s0 = state[0] >>> 0;
    this.s1 = state[1] >>> 0;
    this.s2 = state[2] >>> 0;
    this.s3 = state[3] >>> 0;
  }

  /** The four 32-bit words of the generator's state. */
  state(): Uint32Array {
    return Uint32Array.of(this.s0, this.s1, this.s2, this.s3);
  }

  /** The next raw 32-bit output, an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1), with 32 bits of resolution (plenty once values are stored as float32). */
  uniform(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform in [lo, hi). */
  uniformRange(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /**
   * Normal(mean, std) by the Box-Muller transform. Each call draws two uniforms and uses one result:
   * keeping the spare would make the generator's state more than its four words.
   */
  normal(mean = 0, std = 1): number {
    const u1 = 1 - this.uniform(); // (0, 1]: log(0) would be -Infinity
    const u2 = this.uniform();
    return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Uniform integer in [0, n), without the modulo bias of floor(uniform() * n). */
  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) throw new Error(`Rng.int: n must be an integer in [1, 2^32], got ${n}`);
    // Reject the last, incomplete run of n values so every residue is equally likely.
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }

  /** A uniformly random ordering of 0..n-1 (an epoch's sample order). */
  permutation(n: number): Uint32Array {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return this.shuffleInPlace(order);
  }

  /** Fisher-Yates shuffle of an array or typed array; returns the same array. */
  shuffleInPlace<T extends { length: number; [index: number]: unknown }>(array: T): T {
    for (let i = array.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = array[i];
      array[i] = array[j];
      array[j] = tmp;
    }
    return array;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
