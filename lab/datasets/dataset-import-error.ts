// The one error an import throws. It always names the source (archive or folder) and, when the fault
// is inside it, the member (archive entry or file), so a student can find the broken file.
export class DatasetImportError extends Error {
  override name = 'DatasetImportError';

  constructor(
    /** The archive or folder being imported. */
    readonly source: string,
    /** The archive member or file inside the folder at fault, relative to the source; null for the source as a whole. */
    readonly member: string | null,
    /** What is wrong, without the location: it is prepended here. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot import ${source}${member === null ? '' : `: ${member}`}: ${reason}`, options);
  }
}

/** Wraps any error thrown while handling `member` so it names where it happened (kept as is if it already does). */
export function importErrorAt(source: string, member: string | null, error: unknown): DatasetImportError {
  if (error instanceof DatasetImportError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new DatasetImportError(source, member, reason, { cause: error });
}
