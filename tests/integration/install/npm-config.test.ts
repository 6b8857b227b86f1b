// Bug 8 (issue 11): every npm command warned seven times about the `onnxruntime-node-install` key
// in .npmrc. CUDA's download must stay off at install (no internet in a classroom) without them.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('npm configuration', () => {
  it('runs npm commands without warnings about unknown settings', () => {
    const result = spawnSync('npm', ['config', 'get', 'fund'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/Unknown (project|user|env) config/);
    expect(result.stderr).toBe('');
  });

  it("keeps onnxruntime-node's install script (the CUDA download) from running at install", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts: Record<string, boolean> };
    expect(pkg.allowScripts['onnxruntime-node']).toBe(false);
    // npm's own reading of the policy: the package is denied, not merely unreviewed.
    const policy = JSON.parse(execFileSync('npm', ['pkg', 'get', 'allowScripts'], { encoding: 'utf8' })) as Record<string, boolean>;
    expect(policy['onnxruntime-node']).toBe(false);
  });
});
