// `npm run bench -- --accuracy --data PATH [--lessons softmax,cnn]`: the long accuracy runs, as a
// benchmark rather than a test. Trains each CIFAR-10 lesson with its defaults through the CLI (so
// the run is stored and measured exactly as a user's), and prints the test accuracy on the 10,000
// test images against the floor and the notebook's own result, with the time and images/s.
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defaultEngineThreads } from '../../lab/platform/engine-backend';
import type { BenchResult } from './bench-result';

interface Target {
  lesson: string;
  /** The accuracy a run must reach on the shared JPEG copy of CIFAR-10. */
  floor: number;
  /** What the notebook printed (see ../shared/seed). */
  notebook: number;
}

export const ACCURACY_TARGETS: Target[] = [
  { lesson: 'softmax', floor: 0.39, notebook: 0.399 },
  { lesson: 'two-layer', floor: 0.5, notebook: 0.5 },
  { lesson: 'convnet', floor: 0.6, notebook: 0.587 },
  { lesson: 'cnn', floor: 0.8, notebook: 0.7991 },
];

interface DoneLine {
  event: 'done';
  status: string;
  error: string | null;
  metrics: { testAccuracy?: number; seconds?: number; imagesPerSecond?: number; epochsDone?: number };
}

/** Runs `lab train <lesson> --data <data> --json`, showing its progress on stderr; resolves with its last line. */
function trainThroughCli(lesson: string, data: string): Promise<DoneLine> {
  const cli = fileURLToPath(new URL('./cli.mjs', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'train', lesson, '--data', data, '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buffered = '';
    let done: DoneLine | null = null;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        const event = JSON.parse(line) as { event: string; epoch?: number; epochs?: number; etaSeconds?: number | null; metrics?: { testAccuracy?: number } };
        if (event.event === 'done') done = event as DoneLine;
        else if (event.event === 'progress' && event.metrics?.testAccuracy !== undefined) {
          const eta = event.etaSeconds ? `, about ${Math.ceil(event.etaSeconds / 60)} min left` : '';
          process.stderr.write(`  ${lesson} epoch ${event.epoch}/${event.epochs}: test accuracy ${event.metrics.testAccuracy.toFixed(4)}${eta}\n`);
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code) => (done ? resolve(done) : reject(new Error(`lab train ${lesson} exited with ${code} and no result`))));
  });
}

export async function accuracyBench(data: string, lessons: string[]): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const target of ACCURACY_TARGETS.filter((t) => lessons.includes(t.lesson))) {
    process.stderr.write(`training ${target.lesson} on ${data} (defaults)...\n`);
    const done = await trainThroughCli(target.lesson, data);
    const accuracy = done.metrics.testAccuracy;
    if (done.status !== 'completed' || accuracy === undefined) throw new Error(`${target.lesson}: the run ${done.status}: ${done.error ?? 'no test accuracy'}`);
    results.push({
      workload: `accuracy ${target.lesson}`, threads: defaultEngineThreads(cpus().length), seconds: done.metrics.seconds ?? 0, imagesPerSecond: done.metrics.imagesPerSecond ?? null,
      accuracy: { test: accuracy, floor: target.floor, notebook: target.notebook, passed: accuracy >= target.floor },
      detail: `${done.metrics.epochsDone} epochs, test accuracy ${accuracy.toFixed(4)} (floor ${target.floor}, notebook ${target.notebook}): ${accuracy >= target.floor ? 'passed' : 'BELOW THE FLOOR'}`,
    });
  }
  return results;
}
