// The dependency rules of docs/architecture, proven to bite: lint a forbidden import placed in
// each folder and expect an error, and an allowed one and expect none.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

// The first lint loads the whole config and its plugins: seconds on a busy 2-core machine.
describe('import rules', { timeout: 60_000 }, () => {
  it.each([
    ['airi/nn/probe.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"],
    ['airi/nn/probe.ts', "import Database from 'better-sqlite3';\nexport const d = Database;\n"],
    ['airi/nn/probe.ts', "import { runnableLesson } from '../../lab/lessons/registry';\nexport const l = runnableLesson;\n"],
    ['contract/probe.ts', "import { createLab } from '../lab/app/create-lab';\nexport const c = createLab;\n"],
    ['lab/app/probe.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['native-models/probe.ts', "import { createLab } from '../lab/app/create-lab';\nexport const c = createLab;\n"],
    ['renderer/probe.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"],
    ['renderer/probe.ts', "import { RunStore } from '../lab/run-store/run-store';\nexport const r = RunStore;\n"],
  ])('forbids in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['airi/nn/probe.ts', "import { Tensor } from '../tensor';\nexport const t = Tensor;\n"],
    ['lab/app/probe.ts', "import { Tensor } from '../../airi';\nimport { join } from 'node:path';\nexport const t = [Tensor, join];\n"],
    ['renderer/probe.ts', "import { CHANNELS } from '../contract/api';\nexport const c = CHANNELS;\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});
