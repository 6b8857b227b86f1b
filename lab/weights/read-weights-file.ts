// A weights file a teacher brings for lessons 7 and 8 (torchvision's .pth on a USB stick, or a
// safetensors file of the same state dict) turned into named tensors, or refused with a coded error
// that names the file. Which format it is comes from the bytes, not from the file's name.
import type { Tensor} from '../../airi';
import { loadSafetensors } from '../../airi';
import { ApiInputError } from '../../contract/guards';
import { CheckpointError, readTorchCheckpoint } from './torch-checkpoint';

/** safetensors starts with a little-endian header length and then its JSON header's "{". */
function looksLikeSafetensors(bytes: Uint8Array): boolean {
  return bytes.length > 9 && bytes[8] === 0x7b && bytes[6] === 0 && bytes[7] === 0;
}

export function readWeightsFile(bytes: Uint8Array, file: string): Record<string, Tensor> {
  try {
    if (looksLikeSafetensors(bytes)) return loadSafetensors(bytes).tensors;
    return readTorchCheckpoint(bytes);
  } catch (error) {
    if (error instanceof CheckpointError && error.forbidden) {
      throw ApiInputError.of({ code: 'weights-runs-code', params: { file, callable: error.forbidden } });
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw ApiInputError.of({ code: 'weights-unreadable', params: { file, detail } });
  }
}
