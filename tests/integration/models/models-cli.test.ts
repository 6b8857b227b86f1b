// `lab models ...` and `lab classify` as scripts use them: import with --json, list, inspect totals,
// classify photos (a broken one named, the others still classified, exit code 1), bench with the
// overhead ratio against raw onnxruntime-node, and remove.
import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { InspectorReport } from '../../../contract/models/inspector';
import type { ClassifyResult, ModelSummary } from '../../../contract/models/models';
import { SHARED_MODEL, catPhoto } from '../../helpers/onnx-fixtures';
import { CLI_SCRIPT, makeTempHome } from '../../helpers/temp-home';

const exec = promisify(execFile);

describe('lab models CLI', () => {
  const home = makeTempHome();
  const env = { ...process.env, AIRI_LAB_HOME: home.dir };
  const lab = (...args: string[]) => exec(process.execPath, [CLI_SCRIPT, ...args], { env, maxBuffer: 1 << 24 });
  afterAll(() => home.remove());

  it('imports, lists and inspects the shared MobileNetV2 as JSON', async () => {
    const model = JSON.parse((await lab('models', 'import', SHARED_MODEL, '--name', 'MobileNetV2', '--json')).stdout) as ModelSummary;
    expect(model).toMatchObject({ name: 'MobileNetV2', labelsSource: 'imagenet', provider: 'cpu' });
    const list = JSON.parse((await lab('models', 'list', '--json')).stdout) as ModelSummary[];
    expect(list.map((m) => m.id)).toEqual([model.id]);
    const report = JSON.parse((await lab('models', 'inspect', 'mobilenetv2', '--json')).stdout) as InspectorReport;
    expect(report.totals.params).toBe(3_487_816);
    const text = (await lab('models', 'inspect', model.id.slice(0, 6))).stdout;
    expect(text).toContain('total: 73 layers, 3,487,816 parameters, 300.77 M MACs');
  });

  it('classifies photos, names the one that is not a photo, and exits 1', async () => {
    const broken = join(home.dir, 'broken.jpg');
    writeFileSync(broken, 'not a photo');
    const siamese = catPhoto('Siamese');
    const failed = await lab('classify', 'MobileNetV2', broken, siamese, '--top', '3', '--json').then(() => null, (e: { code: number; stdout: string }) => e);
    expect(failed?.code).toBe(1);
    const lines = failed!.stdout.trim().split('\n').map((l) => JSON.parse(l) as ClassifyResult & { error?: string; errorInfo?: { code: string } });
    expect(lines[0].errorInfo?.code).toBe('photo-not-image');
    expect(lines[0].error).toContain('broken.jpg');
    expect(lines[1].top).toHaveLength(3);
    expect(lines[1].top[0].classIndex).toBe(284);
  });

  it('benchmarks against raw onnxruntime-node and prints the overhead ratio', async () => {
    // One run (batch 32 is slow on a shared CPU): the JSON form carries the same measurements.
    const { stdout } = await lab('models', 'bench', 'MobileNetV2', '--ep', 'cpu', '--seconds', '0.2');
    const batch1 = /cpu +batch 1: +([\d.]+) ms\/image \(raw session.run ([\d.]+) ms\) overhead ×([\d.]+)/.exec(stdout);
    const batch32 = /cpu +batch 32: ([\d.]+) images\/s \(raw session.run ([\d.]+)\) overhead ×([\d.]+)/.exec(stdout);
    expect(batch1, stdout).not.toBeNull();
    expect(batch32, stdout).not.toBeNull();
    expect(Number(batch1![3])).toBeCloseTo(Number(batch1![1]) / Number(batch1![2]), 1);
    expect(Number(batch32![3])).toBeCloseTo(Number(batch32![2]) / Number(batch32![1]), 1);
    expect(stdout).toMatch(/providers here: .*cpu/);
  });

  it('removes the model and its files', async () => {
    await lab('models', 'remove', 'MobileNetV2');
    expect(JSON.parse((await lab('models', 'list', '--json')).stdout)).toEqual([]);
    expect(readdirSync(join(home.dir, 'models'))).toEqual([]);
  });
});
