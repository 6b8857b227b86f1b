// Builds the coded, file-naming errors the photo decoder throws; the UI words them in the learner's
// language (contract/photo-errors.ts), the CLI prints the English text.
import { ApiInputError } from '../../contract/guards';
import type { PhotoErrorParams } from '../../contract/photo-errors';

export function photoError<C extends keyof PhotoErrorParams>(code: C, params: PhotoErrorParams[C]): ApiInputError {
  return ApiInputError.of({ code, params } as Parameters<typeof ApiInputError.of>[0]);
}

/** True when a decoder's message means the data ended early or a chunk is damaged after a good header. */
export function looksTruncated(message: string): boolean {
  return /premature|truncat|unexpected end|end of (file|data|stream|input)|read error|incomplete|corrupt|damaged|out of data/i.test(message);
}
