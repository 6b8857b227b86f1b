// Every schedule against torch.optim.lr_scheduler: the rate in force at each optimizer step, for the
// cases in tests/fixtures/optim/schedules.json (scripts/fixtures/generate-optimizer-goldens.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CosineAnnealingLR,
  type CosineAnnealingLROptions,
  LinearLR,
  type LinearLROptions,
  type LRScheduler,
  OneCycleLR,
  type OneCycleLROptions,
  SGD,
  SequentialLR,
  StepLR,
  type StepLROptions,
} from '../../../../airi/index';
import { parameterOf } from '../optim/scalar-parameter';

interface GoldenSchedule {
  name: string;
  lr: number;
  options: Record<string, unknown>;
  lrs: number[];
}

const goldens = JSON.parse(readFileSync(new URL('../../../fixtures/optim/schedules.json', import.meta.url), 'utf8')) as {
  torch: string;
  schedules: GoldenSchedule[];
};

function build(golden: GoldenSchedule, optimizer: SGD): LRScheduler {
  const options = golden.options;
  switch (golden.name) {
    case 'StepLR':
      return new StepLR(optimizer, options as unknown as StepLROptions);
    case 'CosineAnnealingLR':
      return new CosineAnnealingLR(optimizer, options as unknown as CosineAnnealingLROptions);
    case 'LinearLR':
      return new LinearLR(optimizer, options as LinearLROptions);
    case 'OneCycleLR':
      return new OneCycleLR(optimizer, options as unknown as OneCycleLROptions);
    case 'SequentialLR': {
      const { warmup, cosine, milestones } = options as { warmup: LinearLROptions; cosine: CosineAnnealingLROptions; milestones: number[] };
      const parts = [new LinearLR(optimizer, warmup), new CosineAnnealingLR(optimizer, cosine)];
      return new SequentialLR(optimizer, { schedulers: parts, milestones });
    }
    default:
      throw new Error(`no schedule named ${golden.name}`);
  }
}

describe(`schedules against torch ${goldens.torch}`, () => {
  for (const golden of goldens.schedules) {
    it(`${golden.name} ${JSON.stringify(golden.options)}`, () => {
      const p = parameterOf([0]);
      const optimizer = new SGD([p], { lr: golden.lr });
      const scheduler = build(golden, optimizer);
      const seen: number[] = [];
      for (let t = 0; t < golden.lrs.length; t++) {
        // The rate each optimizer step uses, then the schedule moves on: PyTorch's order of calls.
        seen.push(optimizer.lr);
        expect(scheduler.lastLr).toBe(optimizer.lr);
        optimizer.step();
        scheduler.step();
      }
      seen.forEach((lr, t) => expect(Math.abs(lr - golden.lrs[t]), `step ${t}: ${lr} vs ${golden.lrs[t]}`).toBeLessThan(1e-12));
    });
  }
});
