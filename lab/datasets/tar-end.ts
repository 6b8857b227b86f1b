// Finds where a tar stream ends, block by block, without buffering: every entry is a 512-byte header
// followed by its size rounded up to 512, and the archive ends with two zero blocks where a header
// would be. The importer stops reading there, so trailing padding (a valid archive followed by 64 MB
// of zeros) costs nothing, and an all-zero file is over after 1 KiB instead of being fed to the tar
// parser, which slows down more than linearly on long runs of zero blocks.
const BLOCK = 512;
const SIZE_OFFSET = 124;
const SIZE_LENGTH = 12;

/** An entry's size from its header: octal digits, or base-256 when the first byte has its top bit set. */
function entrySize(header: Uint8Array): number {
  const field = header.subarray(SIZE_OFFSET, SIZE_OFFSET + SIZE_LENGTH);
  if (field[0] & 0x80) {
    let size = field[0] & 0x7f;
    for (let i = 1; i < field.length; i++) size = size * 256 + field[i];
    return size;
  }
  const text = String.fromCharCode(...field).replace(/[\0 ]+$/, '').trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : 0; // a bad field: the tar parser reports it
}

export class TarEnd {
  /** Bytes of the current entry's data still to pass before the next header. */
  private dataLeft = 0;
  private readonly header = new Uint8Array(BLOCK);
  private headerFill = 0;
  private zeroHeaders = 0;
  /** True once the end-of-archive blocks have passed. */
  ended = false;

  /**
   * Takes the next bytes of the tar stream; returns how many of them belong to the archive (all,
   * unless the end-of-archive blocks finish inside this chunk).
   */
  feed(chunk: Uint8Array): number {
    let at = 0;
    while (at < chunk.length && !this.ended) {
      if (this.dataLeft > 0) {
        const take = Math.min(this.dataLeft, chunk.length - at);
        this.dataLeft -= take;
        at += take;
        continue;
      }
      const take = Math.min(BLOCK - this.headerFill, chunk.length - at);
      this.header.set(chunk.subarray(at, at + take), this.headerFill);
      this.headerFill += take;
      at += take;
      if (this.headerFill < BLOCK) break;
      this.headerFill = 0;
      if (this.header.every((b) => b === 0)) {
        this.zeroHeaders++;
        if (this.zeroHeaders === 2) this.ended = true;
      } else {
        this.zeroHeaders = 0;
        this.dataLeft = Math.ceil(entrySize(this.header) / BLOCK) * BLOCK;
      }
    }
    return at;
  }
}
