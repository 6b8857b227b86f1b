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
    super(printable(`cannot import ${source}${member === null ? '' : `: ${member}`}: ${reason}`), options);
  }
}

/**
 * Control characters spelled out: a member named "\x1b[2J…" or with a newline in it would otherwise
 * clear the student's terminal or forge extra lines in the message.
 */
export function printable(text: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    out += control ? (named[c] ?? `\\u${code.toString(16).padStart(4, '0')}`) : c;
  }
  return out;
}

/** Wraps any error thrown while handling `member` so it names where it happened (kept as is if it already does). */
export function importErrorAt(source: string, member: string | null, error: unknown): DatasetImportError {
  if (error instanceof DatasetImportError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new DatasetImportError(source, member, reason, { cause: error });
}
