// Lesson 8 from a terminal: the shared MobileNetV2 imported with `lab models import`, then
// `lab train cat-breeds --photos DIR --backbone <name>` trains the fast mode on the shared cats with
// progress lines (features, then the head's epochs) into the same store, and `lab runs export --format
// onnx` writes the one-file classifier. A backbone the library does not have is refused by name.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onnx } from 'onnx-proto';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_CATS, SHARED_MODEL } from '../../helpers/onnx-fixtures';
import { CLI_SCRIPT, makeTempHome } from '../../helpers/temp-home';

const run = promisify(execFile);

describe('lab train cat-breeds', () => {
  const home = makeTempHome();
  const env = { ...process.env, AIRI_LAB_HOME: home.dir };
  afterAll(() => home.remove());

  it('trains the fast mode on a library backbone with progress, and exports the run as ONNX', { timeout: 240_000 }, async () => {
    await run(process.execPath, [CLI_SCRIPT, 'models', 'import', SHARED_MODEL, '--json'], { env });
    await expect(run(process.execPath, [CLI_SCRIPT, 'train', 'cat-breeds', '--photos', SHARED_CATS, '--backbone', 'resnet'], { env }))
      .rejects.toMatchObject({ stderr: expect.stringMatching(/no model resnet in the library/) });
    await expect(run(process.execPath, [CLI_SCRIPT, 'train', 'cat-breeds', '--backbone', 'mobilenet'], { env }))
      .rejects.toMatchObject({ stderr: expect.stringMatching(/--photos DIR/) });

    const { stdout } = await run(process.execPath, [CLI_SCRIPT, 'train', 'cat-breeds', '--photos', SHARED_CATS, '--backbone', 'mobilenet', '--epochs', '20', '--seed', '5'], { env });
    expect(stdout).toMatch(/84 photos in 12 classes/);
    expect(stdout).toMatch(/features: photo \d+ of 84/);
    expect(stdout).toMatch(/head: epoch \d+\/20/);
    const runId = /Run (\S+) completed: .*validationAccuracy/.exec(stdout)?.[1];
    expect(runId, stdout).toBeTruthy();

    const out = join(home.dir, 'cats.onnx');
    await run(process.execPath, [CLI_SCRIPT, 'runs', 'export', runId!, '--format', 'onnx', '--out', out], { env });
    const model = onnx.ModelProto.decode(readFileSync(out));
    const labels = JSON.parse(model.metadataProps!.find((p) => p.key === 'labels')!.value!) as string[];
    expect(labels).toHaveLength(12);
    expect(model.graph!.output!.map((o) => o.name)).toEqual(['probabilities', 'logits']);
  });
});
