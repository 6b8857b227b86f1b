// Turns an error thrown by a handler into what a UI can show: input errors keep their field list,
// anything else keeps only its message (no stack traces leave the process).
import { ApiInputError } from '../../contract/guards';
import type { ResultMessage } from '../../contract/transport';

export function serializeError(error: unknown): NonNullable<ResultMessage['error']> {
  if (error instanceof ApiInputError) {
    return { name: error.name, message: error.message, fieldErrors: error.fieldErrors, ...(error.info ? { info: error.info } : {}) };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
