// What the shared training loop (training-loop.ts) hands a checkpoint and takes back to continue a run.
/**
 * What the loop itself remembers across an epoch's end, saved with a checkpoint: the curve point
 * being summed (a point may span two epochs), the last losses, and the last epoch's results.
 */
export interface LoopCarry {
  window: { loss: number; steps: number; correct: number; samples: number; classified: boolean };
  recent: number[];
  lastEpochLoss: number | null;
  evaluation: Record<string, number>;
}
