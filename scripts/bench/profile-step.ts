// `node dist/node/profile-step.mjs [convnet|cnn|...] [--threads N]`: where one training step of a
// lesson's net spends its time, layer by layer (forward, backward) plus the loss and optimizer, on
// the WASM backend. A developer's tool for choosing what to speed up next; the bench is the measure.
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CrossEntropyLoss, Rng, SGD, Tensor, type WasmGemmHelperInit, createWasmBackend, runWasmGemmHelper, setBackend } from '../../airi';
import { BATCH, NETS } from './training-bench';

const HELPER_ROLE = 'airi-profile-helper';

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'convnet';
  const threadsAt = process.argv.indexOf('--threads');
  const threads = threadsAt > 0 ? Number(process.argv[threadsAt + 1]) : 2;
  const net = NETS.find((n) => n.workload === name);
  if (!net) throw new Error(`unknown net ${name}; one of ${NETS.map((n) => n.workload).join(', ')}`);
  const workers: Worker[] = [];
  const backend = await createWasmBackend({
    threads,
    startHelper: (init) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { role: HELPER_ROLE } });
      worker.postMessage(init);
      workers.push(worker);
    },
  });
  setBackend(backend);
  const rng = new Rng(1);
  const model = net.build(rng);
  const optimizer = new SGD(model.parameters(), { lr: 0.01, momentum: 0.9 });
  const loss = new CrossEntropyLoss();
  const x = Float32Array.from({ length: BATCH * 3 * 32 * 32 }, () => rng.normal(0, 1));
  const y = Int32Array.from({ length: BATCH }, () => rng.int(10));
  const shape = net.flat ? [BATCH, 3 * 32 * 32] : [BATCH, 3, 32, 32];
  const layers = model.modules;
  const forwardMs = new Float64Array(layers.length);
  const backwardMs = new Float64Array(layers.length);
  let lossMs = 0;
  let stepMs = 0;
  const steps = Number(process.env.PROFILE_STEPS ?? 12);
  for (let s = -2; s < steps; s++) {
    const keep = s >= 0;
    optimizer.zeroGrad();
    let t = performance.now();
    let out = new Tensor(x, shape);
    layers.forEach((layer, i) => {
      out = layer.forward(out, true);
      const now = performance.now();
      if (keep) forwardMs[i] += now - t;
      t = now;
    });
    loss.forward(out, y);
    let grad = loss.backward();
    let now = performance.now();
    if (keep) lossMs += now - t;
    t = now;
    for (let i = layers.length - 1; i >= 0; i--) {
      // As Sequential.backwardParameters: the first layer (a trainable one here) skips the input gradient.
      const layer = layers[i];
      if (i === 0 && layer.backwardParameters) layer.backwardParameters(grad);
      else grad = layer.backward(grad);
      now = performance.now();
      if (keep) backwardMs[i] += now - t;
      t = now;
    }
    optimizer.step();
    if (keep) stepMs += performance.now() - t;
  }
  let total = lossMs + stepMs;
  console.log(`${net.label}, batch ${BATCH}, ${threads} thread(s), ms per step:`);
  layers.forEach((layer, i) => {
    total += forwardMs[i] + backwardMs[i];
    const text = (layer.describe?.() ?? 'Module').split('\n')[0];
    console.log(`${text.slice(0, 60).padEnd(62)} fwd ${(forwardMs[i] / steps).toFixed(2).padStart(7)}  bwd ${(backwardMs[i] / steps).toFixed(2).padStart(7)}`);
  });
  console.log(`${'loss (forward + backward)'.padEnd(62)} ${(lossMs / steps).toFixed(2).padStart(11)}`);
  console.log(`${'optimizer step'.padEnd(62)} ${(stepMs / steps).toFixed(2).padStart(11)}`);
  console.log(`${'total'.padEnd(62)} ${(total / steps).toFixed(2).padStart(11)}  = ${((BATCH * steps * 1000) / total).toFixed(0)} images/s`);
  backend.dispose();
  await Promise.all(workers.map((w) => w.terminate()));
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === HELPER_ROLE) {
  parentPort?.once('message', (init: WasmGemmHelperInit) => void runWasmGemmHelper(init));
} else {
  await main();
}
