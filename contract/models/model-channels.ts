// The models:* channels and their input guards: the library (list, import, rename, remove), the
// inspector, preprocessing and provider choices, a preview of what the network sees, and classify.
import { ApiInputError, expectObject } from '../guards';
import { airiNetworkGuards, type AiriNetworkChannels } from './airi-networks';
import { expectUploadId } from '../uploads';
import type { InspectorReport } from './inspector';
import { EXECUTION_PROVIDERS, type ClassifyResult, type ExecutionProvider, type ModelSummary, type Preprocessing, type PreprocessPreview, type ProvidersReport } from './models';
import { checkPreprocessing } from './preprocessing-check';
import { explainGuards, type ExplainChannels } from './explain';

export interface ModelChannels extends AiriNetworkChannels, ExplainChannels {
  'models:list': { request: void; response: ModelSummary[] };
  'models:providers': { request: void; response: ProvidersReport };
  /** A model file sent with uploads:*, optionally with a labels file (JSON array or one per line). */
  'models:import': { request: { uploadId: string; labelsUploadId?: string; name?: string }; response: ModelSummary };
  'models:rename': { request: { modelId: string; name: string }; response: ModelSummary };
  'models:remove': { request: { modelId: string }; response: { removed: boolean } };
  'models:inspect': { request: { modelId: string }; response: InspectorReport };
  'models:set-preprocessing': { request: { modelId: string; preprocessing: Preprocessing }; response: ModelSummary };
  'models:set-provider': { request: { modelId: string; provider: ExecutionProvider | 'auto' }; response: ModelSummary };
  'models:preview': { request: { modelId: string; uploadId: string }; response: PreprocessPreview };
  'models:classify': { request: { modelId: string; uploadId: string; top?: number }; response: ClassifyResult };
}

export function expectModelId(input: unknown): { modelId: string } {
  const o = expectObject(input, 'request');
  if (typeof o.modelId !== 'string' || !/^[a-f0-9]{16}$/.test(o.modelId)) throw new ApiInputError('modelId must be a model identifier');
  return { modelId: o.modelId };
}

function expectName(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 120) throw new ApiInputError('name must be 1 to 120 characters');
  return value.trim();
}

export const modelGuards = {
  ...airiNetworkGuards,
  ...explainGuards,
  'models:list': (input: unknown): void => {
    if (input !== undefined && input !== null && !(typeof input === 'object' && Object.keys(input).length === 0)) throw new ApiInputError('this call takes no arguments');
  },
  'models:providers': (input: unknown): void => modelGuards['models:list'](input),
  'models:import': (input: unknown) => {
    const { uploadId } = expectUploadId(input);
    const o = input as Record<string, unknown>;
    return {
      uploadId,
      ...(o.labelsUploadId === undefined ? {} : { labelsUploadId: expectUploadId({ uploadId: o.labelsUploadId }).uploadId }),
      ...(o.name === undefined ? {} : { name: expectName(o.name) }),
    };
  },
  'models:rename': (input: unknown) => ({ ...expectModelId(input), name: expectName((input as Record<string, unknown>).name) }),
  'models:remove': expectModelId,
  'models:inspect': expectModelId,
  'models:set-preprocessing': (input: unknown) => {
    const { modelId } = expectModelId(input);
    const problem = checkPreprocessing((input as Record<string, unknown>).preprocessing);
    if (typeof problem === 'string') throw ApiInputError.of({ code: 'preprocessing-invalid', params: { detail: problem } });
    return { modelId, preprocessing: problem };
  },
  'models:set-provider': (input: unknown) => {
    const { modelId } = expectModelId(input);
    const provider = (input as Record<string, unknown>).provider;
    if (provider !== 'auto' && !EXECUTION_PROVIDERS.includes(provider as ExecutionProvider)) {
      throw new ApiInputError(`provider must be auto or one of ${EXECUTION_PROVIDERS.join(', ')}`);
    }
    return { modelId, provider: provider as ExecutionProvider | 'auto' };
  },
  'models:preview': (input: unknown) => ({ ...expectModelId(input), ...expectUploadId(input) }),
  'models:classify': (input: unknown) => {
    const ids = { ...expectModelId(input), ...expectUploadId(input) };
    const top = (input as Record<string, unknown>).top;
    if (top === undefined) return ids;
    if (typeof top !== 'number' || !Number.isInteger(top) || top < 1 || top > 20) throw new ApiInputError('top must be a whole number from 1 to 20');
    return { ...ids, top };
  },
};
