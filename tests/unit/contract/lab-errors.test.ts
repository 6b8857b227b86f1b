import { describe, expect, it } from 'vitest';
import { ENGLISH_LAB_ERRORS, englishLabError, isLabErrorInfo, wordLabError, type LabErrorInfo } from '../../../contract/lab-errors';
import { en } from '../../../renderer/i18n/en';
import { ptBR } from '../../../renderer/i18n/pt-br';

const SAMPLES: LabErrorInfo[] = [
  { code: 'loss-not-finite', params: { value: 'Infinity', step: 40, epoch: 2 } },
  { code: 'dataset-not-imported', params: {} },
  { code: 'dataset-unreadable', params: { detail: 'data_batch_3.bin is truncated' } },
  { code: 'dataset-empty', params: { split: 'test' } },
  { code: 'lesson-not-trainable', params: { lessonId: 'vgg16' } },
  { code: 'worker-crashed', params: { detail: 'out of memory' } },
  { code: 'worker-exited', params: { exitCode: 134 } },
  { code: 'run-interrupted', params: {} },
  { code: 'run-not-found', params: { runId: 'abc' } },
  { code: 'run-still-running', params: {} },
  { code: 'dataset-not-found', params: { path: '/tmp/cifar.tgz' } },
  { code: 'bundle-unreadable', params: { file: 'ana.airirun', detail: 'truncated' } },
  { code: 'bundle-too-large', params: { file: 'ana.airirun', limitMegabytes: 512 } },
  { code: 'bundle-unsafe-entry', params: { file: 'ana.airirun', entry: '../x' } },
  { code: 'bundle-unknown-lesson', params: { file: 'ana.airirun', lessonId: 'x' } },
  { code: 'rerun-unsupported', params: { lessonId: 'vgg16' } },
  { code: 'run-has-no-weights', params: { runId: 'abc' } },
];

describe('lab errors', () => {
  it('has a sample for every code (so a new code gets wording checked here)', () => {
    expect(SAMPLES.map((s) => s.code).sort()).toEqual(Object.keys(ENGLISH_LAB_ERRORS).sort());
  });

  it('words every code in both languages, with its parameters, and differently in each', () => {
    for (const info of SAMPLES) {
      const english = wordLabError(info, en.labErrors);
      const portuguese = wordLabError(info, ptBR.labErrors);
      expect(english).toBe(englishLabError(info));
      expect(portuguese, info.code).not.toBe(english);
      // Every parameter shows up as given, except the split, which each language words itself.
      for (const [key, value] of Object.entries(info.params)) {
        if (key === 'split') continue;
        expect(english, info.code).toContain(String(value));
        expect(portuguese, info.code).toContain(String(value));
      }
    }
    expect(wordLabError(SAMPLES[0], ptBR.labErrors)).toBe('a perda virou Infinity no passo 40 (época 2); tente uma taxa de aprendizado menor');
    expect(wordLabError(SAMPLES[3], ptBR.labErrors)).toBe('o conjunto importado não tem imagens de teste');
  });

  it('recognizes only codes this version knows', () => {
    expect(isLabErrorInfo({ code: 'run-interrupted', params: {} })).toBe(true);
    expect(isLabErrorInfo({ code: 'from-the-future', params: {} })).toBe(false);
    expect(isLabErrorInfo({ code: 'toString', params: {} })).toBe(false);
    expect(isLabErrorInfo({ code: 'run-interrupted' })).toBe(false);
    expect(isLabErrorInfo('run-interrupted')).toBe(false);
    expect(isLabErrorInfo(null)).toBe(false);
  });
});
