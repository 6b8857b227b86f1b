// Lesson 8's new channels check their requests before the lab sees them: the full fine-tuning's
// numbers (input a multiple of 32, a stage from 0 to 8) with the defaults filled in, and the classes a
// Grad-CAM request may ask for.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FINETUNE, transferGuards } from '../../../contract/transfer/transfer-api';

const weightsId = '0123456789abcdef';
const runId = 'run-1';
const uploadId = 'a'.repeat(32);

describe('lesson 8 guards', () => {
  it('fills the fine-tuning defaults and refuses numbers out of range', () => {
    expect(transferGuards['transfer:finetune']({ weightsId, folder: ' /cats ' })).toEqual({ weightsId, folder: '/cats', seed: 1337, ...DEFAULT_FINETUNE });
    expect(DEFAULT_FINETUNE).toEqual({ epochs: 8, trainFrom: 6, size: 224, batchSize: 8 });
    expect(() => transferGuards['transfer:finetune']({ weightsId: 'x', folder: '/c' })).toThrow(/weightsId/);
    expect(() => transferGuards['transfer:finetune']({ weightsId, folder: '/c', size: 100 })).toThrow(/multiple of 32/);
    expect(() => transferGuards['transfer:finetune']({ weightsId, folder: '/c', trainFrom: 9 })).toThrow(/trainFrom/);
    expect(() => transferGuards['transfer:finetune']({ weightsId, folder: '/c', batchSize: 0 })).toThrow(/batchSize/);
    expect(() => transferGuards['transfer:finetune-weights']({ a: 1 })).toThrow(/no arguments/);
  });

  it('takes 1 to 4 whole class numbers for Grad-CAM, or none (the top two)', () => {
    expect(transferGuards['transfer:explain']({ runId, uploadId })).toEqual({ runId, uploadId });
    expect(transferGuards['transfer:explain']({ runId, uploadId, classIndices: [3, 0] })).toEqual({ runId, uploadId, classIndices: [3, 0] });
    for (const bad of [[], [1.5], [-1], [0, 1, 2, 3, 4], 'top']) {
      expect(() => transferGuards['transfer:explain']({ runId, uploadId, classIndices: bad })).toThrow(/classIndices/);
    }
  });
});
