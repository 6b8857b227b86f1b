// Runs at most `limit` async jobs at once and queues the rest in order. The importer uses it to keep
// about 16 image decodes on sharp's threads: enough to keep both cores busy, few enough that a burst
// of thousands of small JPEGs from one archive chunk does not start thousands of decodes at once.
export class ConcurrencyLimit {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`concurrency limit must be a positive integer, got ${limit}`);
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.running++;
    try {
      return await job();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}
