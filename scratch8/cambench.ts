import { createWasmBackend, setBackend, efficientNetB0, Rng, Tensor, traceLayers, classActivationMaps } from '../airi';
setBackend(await createWasmBackend());
const rng = new Rng(1);
const net = efficientNetB0({ numClasses: 12, rng });
const chain = net.inlined('features');
const x = new Tensor(Float32Array.from({ length: 3 * 224 * 224 }, () => rng.uniform() - 0.5), [1, 3, 224, 224]);
const stages = chain.names.flatMap((n, i) => (n.startsWith('features_') ? [i] : []));
for (let rep = 0; rep < 2; rep++) {
  let t = performance.now();
  const trace = traceLayers(chain, x);
  const f = performance.now() - t;
  t = performance.now();
  classActivationMaps(trace, { layers: stages, classIndex: 3, methods: ['grad-cam'] });
  console.log(`airi EfficientNet-B0 224: forward ${f.toFixed(0)} ms, Grad-CAM at 9 stages (one backward) ${(performance.now() - t).toFixed(0)} ms`);
}
