// `npm run profile -- [convnet|cnn|two-layer|softmax] [--threads N]`: where one
// training step of a lesson's net spends its time, layer by layer (forward, backward), plus the loss
// and the optimizer, on the WASM backend. A developer's tool for choosing what to speed up next; the
// bench is the measure. The step is the trainers' own (Sequential.forward, backwardParameters), with
// each layer's methods wrapped in timers, so fused pairs show up under the layer that runs them.
import { performance } from 'node:perf_hooks';
import { CrossEntropyLoss, type Module, Rng, SGD, Tensor, setBackend } from '../../airi';
import { createThreadedBackend, serveIfHelper } from './threaded-backend';
import { BATCH, NETS } from './training-bench';

const STEPS = 12;
const WARM_UP_STEPS = 2;

interface Timing {
  forward: number;
  backward: number;
}

/** Replaces the instance's forward and backward methods by timed ones (the prototype is untouched, so instanceof still holds). */
function timeMethods(module: Module, timing: Timing, counting: () => boolean): void {
  const target = module as unknown as Record<string, unknown>;
  const methods = { forward: 'forward', forwardRelu: 'forward', backward: 'backward', backwardParameters: 'backward', backwardRelu: 'backward' } as const;
  for (const [name, kind] of Object.entries(methods)) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = (...args: unknown[]) => {
      const started = performance.now();
      const result = (original as (...a: unknown[]) => unknown).apply(module, args);
      if (counting()) timing[kind] += performance.now() - started;
      return result;
    };
  }
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'convnet';
  const threadsAt = process.argv.indexOf('--threads');
  const threads = threadsAt > 0 ? Number(process.argv[threadsAt + 1]) : 2;
  const net = NETS.find((n) => n.workload === name);
  if (!net) throw new Error(`unknown net ${name}; one of ${NETS.map((n) => n.workload).join(', ')}`);
  const { backend, close } = await createThreadedBackend(threads);
  setBackend(backend);
  const rng = new Rng(1);
  const model = net.build(rng);
  const optimizer = new SGD(model.parameters(), { lr: 0.01, momentum: 0.9 });
  const loss = new CrossEntropyLoss();
  const x = Float32Array.from({ length: BATCH * 3 * 32 * 32 }, () => rng.normal(0, 1));
  const y = Int32Array.from({ length: BATCH }, () => rng.int(10));
  const shape = net.flat ? [BATCH, 3 * 32 * 32] : [BATCH, 3, 32, 32];
  let counting = false;
  const timings = model.modules.map(() => ({ forward: 0, backward: 0 }));
  model.modules.forEach((module, i) => timeMethods(module, timings[i], () => counting));
  let lossMs = 0;
  let stepMs = 0;
  let totalMs = 0;
  for (let s = -WARM_UP_STEPS; s < STEPS; s++) {
    counting = s >= 0;
    const started = performance.now();
    optimizer.zeroGrad();
    const logits = model.forward(new Tensor(x, shape), true);
    const lossStarted = performance.now();
    loss.forward(logits, y);
    const dlogits = loss.backward();
    if (counting) lossMs += performance.now() - lossStarted;
    model.backwardParameters(dlogits);
    const stepStarted = performance.now();
    optimizer.step();
    if (counting) {
      stepMs += performance.now() - stepStarted;
      totalMs += performance.now() - started;
    }
  }
  const ms = (value: number) => (value / STEPS).toFixed(2).padStart(7);
  console.log(`${net.label}, batch ${BATCH}, ${threads} thread(s), ms per step:`);
  model.modules.forEach((module, i) => {
    const text = (module.describe?.() ?? 'Module').split('\n')[0];
    console.log(`${text.slice(0, 60).padEnd(62)} fwd ${ms(timings[i].forward)}  bwd ${ms(timings[i].backward)}`);
  });
  console.log(`${'loss (forward + backward)'.padEnd(62)} ${ms(lossMs).padStart(11)}`);
  console.log(`${'optimizer step'.padEnd(62)} ${ms(stepMs).padStart(11)}`);
  console.log(`${'whole step'.padEnd(62)} ${ms(totalMs).padStart(11)}  = ${((BATCH * STEPS * 1000) / totalMs).toFixed(0)} images/s`);
  await close();
}

if (!serveIfHelper()) await main();
