// Lesson 8's one-file export against the app's two-stage path, on the shared cats: the frozen shared
// MobileNetV2 (int8: its features are 8-bit, so the file dequantizes them) computes features, airi
// trains a head, and the exported file (backbone cut at its features + DequantizeLinear, Sub, Div,
// Gemm, Softmax) run by onnxruntime-node gives the same probabilities and top-1 as features-then-head.
// A float backbone (the tiny NHWC fixture) goes through the same export with no dequantization.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onnx } from 'onnx-proto';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import type { Preprocessing } from '../../../contract/models/models';
import { decodePhoto } from '../../../lab/photos';
import { scanPhotoFolder } from '../../../lab/photo-folders/scan-photo-folder';
import { splitPhotos } from '../../../lab/photo-folders/split-photo-folder';
import { scoreFeatures, type StoredHead } from '../../../lab/transfer/head-file';
import { photoFeatures, type FeatureBackbone } from '../../../lab/transfer/photo-features';
import { trainHead } from '../../../lab/transfer/train-head';
import { classifierWithHead, LOGITS_OUTPUT, PROBABILITIES_OUTPUT } from '../../../native-models/export/classifier-with-head';
import { OnnxGraphBuilder } from '../../../native-models/export/onnx-graph-builder';
import { pixelsToTensor } from '../../../native-models/preprocess/to-tensor';
import { IMAGENET_224, inProcessBackbone } from '../../helpers/onnx-backbone';
import { SHARED_CATS, SHARED_MODEL, SMALL_MODELS } from '../../helpers/onnx-fixtures';

async function trainedHead(backbone: FeatureBackbone, classes: string[], train: ReturnType<typeof splitPhotos>['train'], test: typeof train): Promise<StoredHead> {
  const [f, t] = [await photoFeatures(train, backbone), await photoFeatures(test, backbone)];
  const head = trainHead(f, t, t, { classes: classes.length, epochs: 15, learningRate: 1e-3, weightDecay: 1e-4, batchSize: 16, seed: 7 });
  return { weight: head.weight, bias: head.bias, mean: head.mean, std: head.std, classes, modelId: 'test' };
}

/** Probabilities of each photo through the exported file, and through features + head (the app's way). */
async function bothWays(file: Uint8Array, backbone: FeatureBackbone, head: StoredHead, paths: Buffer[], inputName: string) {
  const session = await ort.InferenceSession.create(file);
  const p: Preprocessing = backbone.preprocessing;
  const rows: { exported: Float32Array; twoStage: number[]; top1: [number, number] }[] = [];
  for (const path of paths) {
    const photo = await decodePhoto(new Uint8Array(readFileSync(path)), path.toString(), backbone.geometry);
    const x = pixelsToTensor(photo.rgb, p);
    const dims = p.layout === 'NCHW' ? [1, 3, p.size, p.size] : [1, p.size, p.size, 3];
    const out = await session.run({ [inputName]: new ort.Tensor('float32', x, dims) });
    const exported = out[PROBABILITIES_OUTPUT].data as Float32Array;
    const scores = scoreFeatures(head, await backbone.features(x, 1), head.classes.length).sort((a, b) => a.classIndex - b.classIndex);
    const twoStage = scores.map((s) => s.probability);
    const argmax = (v: ArrayLike<number>) => Array.from(v).indexOf(Math.max(...Array.from(v)));
    expect(out[LOGITS_OUTPUT].dims).toEqual([1, head.classes.length]);
    rows.push({ exported, twoStage, top1: [argmax(exported), argmax(twoStage)] });
  }
  return rows;
}

describe('lesson 8: the trained classifier as one ONNX file', () => {
  it('int8 MobileNetV2 + airi head: same probabilities and top-1 as the two-stage path on the shared cats', { timeout: 180_000 }, async () => {
    const modelBytes = new Uint8Array(readFileSync(SHARED_MODEL));
    const backbone = await inProcessBackbone(modelBytes, IMAGENET_224, 'input');
    const scanned = scanPhotoFolder(SHARED_CATS);
    const split = splitPhotos(scanned.photos, scanned.classes.length, 1337);
    const head = await trainedHead(backbone, scanned.classes, split.train.filter((_, i) => i % 2 === 0), split.test);
    const file = classifierWithHead(modelBytes, { ...head, classes: head.classes.length }, { labels: JSON.stringify(head.classes), preprocessing: JSON.stringify(IMAGENET_224) });

    const model = onnx.ModelProto.decode(file);
    const meta = Object.fromEntries((model.metadataProps ?? []).map((p) => [p.key, p.value]));
    expect(JSON.parse(meta.labels!)).toEqual(scanned.classes);
    expect(JSON.parse(meta.preprocessing!)).toEqual(IMAGENET_224);
    expect(model.graph!.output!.map((o) => o.name)).toEqual([PROBABILITIES_OUTPUT, LOGITS_OUTPUT]);
    const ops = model.graph!.node!.map((n) => n.opType);
    expect(ops.slice(-5)).toEqual(['DequantizeLinear', 'Sub', 'Div', 'Gemm', 'Softmax']);
    // The old 1000-class head is gone, with its weights.
    expect(ops).not.toContain('QLinearMatMul');
    expect(model.graph!.initializer!.some((t) => t.name === 'classifier.1.weight_quantized')).toBe(false);

    const test = split.test.map((p) => p.path);
    const rows = await bothWays(file, backbone, head, test, 'input');
    let worst = 0;
    for (const r of rows) {
      expect(r.top1[0]).toBe(r.top1[1]);
      r.twoStage.forEach((q, c) => (worst = Math.max(worst, Math.abs(q - r.exported[c]))));
    }
    console.log(`exported vs two-stage on ${rows.length} cats: max |Δprobability| ${worst.toExponential(2)}, ${file.length} bytes`);
    expect(worst).toBeLessThan(1e-4);
  });

  it('a float backbone exports without dequantization and matches too', { timeout: 60_000 }, async () => {
    const modelBytes = new Uint8Array(readFileSync(join(SMALL_MODELS, 'nhwc-4-classes.onnx')));
    const decoded = onnx.ModelProto.decode(modelBytes);
    const input = decoded.graph!.input![0];
    const size = Number(input.type!.tensorType!.shape!.dim![1].dimValue);
    const p: Preprocessing = { ...IMAGENET_224, resize: 'squash', resizeTo: size, size, layout: 'NHWC' };
    const backbone = await inProcessBackbone(modelBytes, p, input.name!);
    const scanned = scanPhotoFolder(SHARED_CATS);
    const split = splitPhotos(scanned.photos, scanned.classes.length, 3);
    const head = await trainedHead(backbone, scanned.classes, split.train, split.validation);
    const file = classifierWithHead(modelBytes, { ...head, classes: head.classes.length }, {});
    expect(onnx.ModelProto.decode(file).graph!.node!.map((n) => n.opType)).not.toContain('DequantizeLinear');
    const rows = await bothWays(file, backbone, head, split.test.map((x) => x.path), input.name!);
    for (const r of rows) {
      expect(r.top1[0]).toBe(r.top1[1]);
      r.twoStage.forEach((q, c) => expect(Math.abs(q - r.exported[c])).toBeLessThan(1e-4));
    }
  });

  it('refuses a model with no classifier layer, and a head whose shapes do not match', () => {
    const g = new OnnxGraphBuilder();
    const input = g.name('input');
    const noHead = g.encode({ input, inputDims: [4], output: g.node('Relu', [input], 'relu'), graphName: 'relu', metadata: {} });
    const head = { weight: new Float32Array(8), bias: new Float32Array(2), mean: new Float32Array(4), std: new Float32Array(4).fill(1), classes: 2 };
    expect(() => classifierWithHead(noHead, head, {})).toThrow(/no classifier layer/);
    expect(() => classifierWithHead(new Uint8Array(readFileSync(SHARED_MODEL)), { ...head, weight: new Float32Array(5) }, {})).toThrow(/shapes do not match/);
  });
});
