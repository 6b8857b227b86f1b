// Lessons 5 and 6's pictures of one image, timed: the feature maps of every convolution and
// Grad-CAM (with Grad-CAM++ and Eigen-CAM) at every convolution block for the top 3 classes, on
// DemoConvNet and BetterConvNet, on the backend given. The target is under 200 ms for one image.
import { performance } from 'node:perf_hooks';
import { type Backend, Rng, Tensor, getBackend, setBackend } from '../../airi';
import { buildBetterConvNet, buildDemoConvNet } from '../../lab/lessons/cifar/cifar-models';
import { explainImage } from '../../lab/lessons/convnet/explain/explain-image';
import type { BenchResult } from './bench-result';

const REPEATS = 5;

export function explainBench(backends: { backend: Backend; threads: number }[]): BenchResult[] {
  const previous = getBackend();
  const results: BenchResult[] = [];
  const rng = new Rng(5);
  const image = Tensor.fromArray(Array.from({ length: 3 * 32 * 32 }, () => rng.normal(0, 1)), [1, 3, 32, 32]);
  try {
    for (const { backend, threads } of backends) {
      setBackend(backend);
      for (const [name, build] of [['demo-convnet', buildDemoConvNet], ['better-convnet', buildBetterConvNet]] as const) {
        const model = build(new Rng(1));
        const time = (work: () => void) => {
          work(); // warm-up: scratch buffers, JIT
          const started = performance.now();
          for (let i = 0; i < REPEATS; i++) work();
          return (performance.now() - started) / REPEATS / 1000;
        };
        const maps = time(() => explainImage(model, image, { classes: [], featureMaps: true }));
        const cam = time(() => explainImage(model, image, { classes: [0], featureMaps: false }));
        const all = time(() => explainImage(model, image, { methods: ['grad-cam', 'grad-cam++', 'eigen-cam'] }));
        results.push(
          { workload: `${name}-feature-maps-1-image`, threads, seconds: maps, imagesPerSecond: 1 / maps, detail: 'every Conv2d output of one 32×32 image (target < 0.2 s)' },
          { workload: `${name}-grad-cam-1-image`, threads, seconds: cam, imagesPerSecond: 1 / cam, detail: 'Grad-CAM of one class at every conv block (target < 0.2 s)' },
          { workload: `${name}-explain-all-1-image`, threads, seconds: all, imagesPerSecond: 1 / all, detail: 'feature maps + 3 methods × top-3 classes × every block' },
        );
      }
    }
  } finally {
    setBackend(previous);
  }
  return results;
}
