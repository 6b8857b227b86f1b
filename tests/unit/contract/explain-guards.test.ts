// The models:explain and models:cam-layers guards: what the renderer (or a lesson) may ask.
import { describe, expect, it } from 'vitest';
import { requestGuards } from '../../../contract/api';

const modelId = '0123456789abcdef';
const uploadId = '0123456789abcdef0123456789abcdef';

describe('explain guards', () => {
  it('takes a method, optional classes and layers', () => {
    const upload = uploadId;
    expect(requestGuards['models:explain']({ modelId, uploadId: upload, method: 'grad-cam' })).toEqual({ modelId, uploadId: upload, method: 'grad-cam' });
    expect(requestGuards['models:explain']({ modelId, uploadId: upload, method: 'eigen-cam', classIndices: [281, 285], layers: ['627_quantized'] })).toEqual({
      modelId, uploadId: upload, method: 'eigen-cam', classIndices: [281, 285], layers: ['627_quantized'],
    });
    expect(requestGuards['models:cam-layers']({ modelId })).toEqual({ modelId });
  });

  it('refuses an unknown method, bad classes, bad layers and a bad model id', () => {
    const base = { modelId, uploadId, method: 'grad-cam' };
    expect(() => requestGuards['models:explain']({ ...base, method: 'score-cam' })).toThrow(/method must be one of grad-cam, eigen-cam/);
    expect(() => requestGuards['models:explain']({ ...base, classIndices: [] })).toThrow(/classIndices/);
    expect(() => requestGuards['models:explain']({ ...base, classIndices: [1.5] })).toThrow(/whole numbers/);
    expect(() => requestGuards['models:explain']({ ...base, classIndices: [-1] })).toThrow(/whole numbers/);
    expect(() => requestGuards['models:explain']({ ...base, layers: [''] })).toThrow(/layers/);
    expect(() => requestGuards['models:explain']({ ...base, layers: 'conv' })).toThrow(/layers/);
    expect(() => requestGuards['models:cam-layers']({ modelId: '../etc' })).toThrow(/modelId/);
  });
});
