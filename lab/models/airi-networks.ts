// airi's own networks from lessons 2, 3, 5 and 6, as the inspector shows them next to ONNX models:
// built with a fixed seed (the weights do not matter for shapes and counts) on a one-image CIFAR-10 input.
import { Rng, summarize } from '../../airi';
import type { InspectorReport } from '../../contract/models/inspector';
import type { AiriNetwork } from '../../contract/models/airi-networks';
import { reportFromAiriSummary } from '../../native-models/inspector/airi-report';
import { buildBetterConvNet, buildDemoConvNet, buildSoftmaxClassifier, buildTwoLayerNet } from '../lessons/cifar/cifar-models';

const CIFAR_IMAGE = [1, 3, 32, 32];

const NETWORKS: Record<AiriNetwork, { build: (rng: Rng) => Parameters<typeof summarize>[0]; input: number[] }> = {
  softmax: { build: buildSoftmaxClassifier, input: [1, 3 * 32 * 32] },
  'two-layer': { build: (rng) => buildTwoLayerNet(100, rng), input: [1, 3 * 32 * 32] },
  'demo-convnet': { build: buildDemoConvNet, input: CIFAR_IMAGE },
  'better-convnet': { build: buildBetterConvNet, input: CIFAR_IMAGE },
};

export function inspectAiriNetwork(network: AiriNetwork): InspectorReport {
  const { build, input } = NETWORKS[network];
  return reportFromAiriSummary(summarize(build(new Rng(0)), input));
}
