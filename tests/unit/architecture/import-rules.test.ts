// The dependency rules of README.md's "Project layout" and lab/'s layers, proven to bite: lint a
// forbidden import placed in each folder and expect an error, and an allowed one and expect none.
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
    ['lab/datasets/probe.ts', "import { defaultDataDirectory } from '../app/data-directory';\nexport const d = defaultDataDirectory;\n"],
    ['lab/datasets/probe.ts', "import { ProgressBar } from '../cli/progress-bar';\nexport const p = ProgressBar;\n"],
    ['lab/datasets/probe.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['lab/run-store/probe.ts', "import { loadCache } from '../datasets/cifar10-cache';\nexport const l = loadCache;\n"],
    ['lab/lessons/cifar/probe.ts', "import { RunSession } from '../../trainer/run-session';\nexport const r = RunSession;\n"],
    ['lab/trainer/probe.ts', "import type { Lab } from '../app/lab';\nexport type L = Lab;\n"],
    ['lab/app/probe.ts', "import { startServer } from '../server/http-server';\nexport const s = startServer;\n"],
    ['lab/server/probe.ts', "import { parseArgv } from '../cli/parse-argv';\nexport const p = parseArgv;\n"],
    ['lab/run-store/probe.ts', "import { iterateBatches } from '../datasets/batch-iterator';\nexport const i = iterateBatches;\n"],
  ])('forbids in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['airi/nn/probe.ts', "import { Tensor } from '../tensor';\nexport const t = Tensor;\n"],
    ['lab/app/probe.ts', "import { Tensor } from '../../airi';\nimport { join } from 'node:path';\nexport const t = [Tensor, join];\n"],
    ['renderer/probe.ts', "import { CHANNELS } from '../contract/api';\nexport const c = CHANNELS;\n"],
    ['lab/trainer/probe.ts', "import { runnableLesson } from '../lessons/registry';\nimport { lessonById } from '../../contract/lessons/registry';\nexport const r = [runnableLesson, lessonById];\n"],
    ['lab/lessons/cifar/probe.ts', "import { iterateBatches } from '../../datasets/batch-iterator';\nimport { defineLabLesson } from '../lesson-trainer';\nexport const i = [iterateBatches, defineLabLesson];\n"],
    ['lab/run-store/probe.ts', "import type { LessonId } from '../../contract/lessons/catalog';\nexport type L = LessonId;\n"],
    ['lab/cli/probe.ts', "import { createLab } from '../app/create-lab';\nimport { importCifar10 } from '../datasets/import-cifar10';\nexport const c = [createLab, importCifar10];\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});
