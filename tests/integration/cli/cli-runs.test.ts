// `lab runs show|export|import|compare|rerun|delete` (issue 11), as a script drives them: two tiny
// sine runs, a bundle carried to a second data folder, a comparison, an exact re-run, a deletion.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_SCRIPT, makeTempHome } from '../../helpers/temp-home';

const run = promisify(execFile);

describe('lab runs', () => {
  const home = makeTempHome();
  const second = makeTempHome();
  const lab = async (env: string, ...args: string[]) => (await run(process.execPath, [CLI_SCRIPT, ...args], { env: { ...process.env, AIRI_LAB_HOME: env } })).stdout;
  const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
  const ids: string[] = [];

  beforeAll(async () => {
    for (const size of ['16', '8']) {
      ids.push(lastJson(await lab(home.dir, 'train', 'sine', '--epochs', '1', '--train-points', '600', '--hidden-size', size, '--json')).runId as string);
    }
  });
  afterAll(() => {
    home.remove();
    second.remove();
  });

  it('shows a run and lists runs sorted by a metric', async () => {
    const shown = JSON.parse(await lab(home.dir, 'runs', 'show', ids[0], '--json')) as { id: string; series: unknown[] };
    expect(shown.id).toBe(ids[0]);
    expect(shown.series.length).toBeGreaterThan(0);
    expect(await lab(home.dir, 'runs', 'show', ids[0])).toMatch(/settings: .*hiddenSize 16/);
    const sorted = JSON.parse(await lab(home.dir, 'runs', '--sort', 'testMse', '--asc', '--json')) as { metrics: { testMse: number } }[];
    expect(sorted[0].metrics.testMse).toBeLessThanOrEqual(sorted[1].metrics.testMse);
  });

  it('compares runs: the settings that differ and the metrics side by side', async () => {
    const out = JSON.parse(await lab(home.dir, 'runs', 'compare', ids[0], ids[1], '--json')) as { settings: { key: string; values: unknown[] }[]; metrics: { name: string }[] };
    expect(out.settings.map((s) => s.key)).toEqual(['hiddenSize']);
    expect(out.settings[0].values).toEqual([16, 8]);
    expect(out.metrics.map((m) => m.name)).toContain('testMse');
  });

  it('exports a bundle and imports it into a second data folder', async () => {
    const file = join(home.dir, 'hand-in.airi-run.tar.gz');
    await lab(home.dir, 'runs', 'export', ids[1], '--format', 'bundle', '--out', file);
    expect(existsSync(file)).toBe(true);
    const imported = lastJson(await lab(second.dir, 'runs', 'import', file, '--json'));
    expect(imported).toMatchObject({ runId: ids[1], alreadyThere: false });
    const there = JSON.parse(await lab(second.dir, 'runs', '--json')) as { id: string }[];
    expect(there.map((r) => r.id)).toEqual([ids[1]]);
    await expect(run(process.execPath, [CLI_SCRIPT, 'runs', 'import', CLI_SCRIPT], { env: { ...process.env, AIRI_LAB_HOME: second.dir } }))
      .rejects.toMatchObject({ stderr: expect.stringMatching(/not a readable Airi Lab run bundle/) });
  });

  it('re-runs exactly, its last line the new run with the reproduction check', async () => {
    const done = lastJson(await lab(home.dir, 'runs', 'rerun', ids[0], '--json'));
    expect(done).toMatchObject({ event: 'done', status: 'completed', reproduction: { ofRunId: ids[0], exact: true } });
    expect(await lab(home.dir, 'runs', 'rerun', ids[0])).toMatch(/Reproduced run .* exactly/);
  });

  it('deletes runs', async () => {
    expect(await lab(second.dir, 'runs', 'delete', ids[1])).toMatch(/deleted/);
    expect(JSON.parse(await lab(second.dir, 'runs', '--json'))).toEqual([]);
  });
});
