// airi's own networks the inspector can open (lessons 2, 3, 5 and 6), by the lesson's name for them.
import { ApiInputError, expectObject } from '../guards';
import type { InspectorReport } from './inspector';

export const AIRI_NETWORKS = ['softmax', 'two-layer', 'demo-convnet', 'better-convnet'] as const;
export type AiriNetwork = (typeof AIRI_NETWORKS)[number];

export interface AiriNetworkChannels {
  'models:inspect-airi': { request: { network: AiriNetwork }; response: InspectorReport };
}

export function isAiriNetwork(value: unknown): value is AiriNetwork {
  return typeof value === 'string' && (AIRI_NETWORKS as readonly string[]).includes(value);
}

export const airiNetworkGuards = {
  'models:inspect-airi': (input: unknown): { network: AiriNetwork } => {
    const network = expectObject(input, 'request').network;
    if (!isAiriNetwork(network)) throw new ApiInputError(`network must be one of ${AIRI_NETWORKS.join(', ')}`);
    return { network };
  },
};
