// One line of `npm run bench --json`.
export interface BenchResult {
  workload: string;
  threads: number;
  seconds: number;
  imagesPerSecond: number | null;
  stepsPerSecond?: number;
  gflops?: number;
  /** Inference workloads slower than an image a second print this instead of images/s. */
  msPerImage?: number;
  /** Throughput relative to `reference`, measured in the same run. */
  ratio?: number;
  reference?: string;
  detail?: string;
  /** Accuracy runs (--accuracy): the test accuracy against its floor and the notebook's result. */
  accuracy?: { test: number; floor: number; notebook: number; passed: boolean };
}
