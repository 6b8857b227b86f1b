// The official CIFAR-10 binary format (data_batch_1..5.bin, test_batch.bin): a plain run of
// 3073-byte records, one label byte then 3072 pixel bytes in CHW order (1024 red, 1024 green,
// 1024 blue, rows top to bottom). The parser takes the file in chunks of any size as they stream
// out of the archive, so a 30 MB batch is never held whole.
import { IMAGE_BYTES } from './cifar10-format';

export const RECORD_BYTES = 1 + IMAGE_BYTES;

/** Called per record; `image` is a view that is only valid during the call (copy it to keep it). */
export type RecordHandler = (image: Uint8Array, label: number, recordIndex: number) => void;

export class BinaryRecordParser {
  private readonly partial = new Uint8Array(RECORD_BYTES);
  private partialBytes = 0;
  private recordCount = 0;
  private byteCount = 0;

  constructor(
    private readonly classCount: number,
    private readonly onRecord: RecordHandler,
  ) {}

  get records(): number {
    return this.recordCount;
  }

  write(chunk: Uint8Array): void {
    this.byteCount += chunk.length;
    let at = 0;
    if (this.partialBytes > 0) {
      const take = Math.min(RECORD_BYTES - this.partialBytes, chunk.length);
      this.partial.set(chunk.subarray(0, take), this.partialBytes);
      this.partialBytes += take;
      at = take;
      if (this.partialBytes < RECORD_BYTES) return;
      this.emit(this.partial, 0);
      this.partialBytes = 0;
    }
    for (; at + RECORD_BYTES <= chunk.length; at += RECORD_BYTES) this.emit(chunk, at);
    if (at < chunk.length) {
      this.partial.set(chunk.subarray(at), 0);
      this.partialBytes = chunk.length - at;
    }
  }

  /** Checks that the member ended on a record boundary: a cut-off record means a truncated or foreign file. */
  end(): void {
    if (this.partialBytes !== 0) {
      throw new Error(
        `is ${this.byteCount} bytes, not a whole number of ${RECORD_BYTES}-byte records ` +
          `(1 label byte + ${IMAGE_BYTES} pixel bytes); it is truncated or not in the CIFAR-10 binary format`,
      );
    }
  }

  private emit(bytes: Uint8Array, at: number): void {
    const label = bytes[at];
    if (label >= this.classCount) {
      throw new Error(`record ${this.recordCount} has label ${label}, but CIFAR-10 labels run from 0 to ${this.classCount - 1}`);
    }
    this.onRecord(bytes.subarray(at + 1, at + RECORD_BYTES), label, this.recordCount);
    this.recordCount++;
  }
}

/** Parses a whole batch file held in memory (tests, small files): images back to back, and labels. */
export function parseBinaryBatch(bytes: Uint8Array, classCount = 10): { count: number; images: Uint8Array; labels: Uint8Array } {
  const capacity = Math.floor(bytes.length / RECORD_BYTES);
  const images = new Uint8Array(capacity * IMAGE_BYTES);
  const labels = new Uint8Array(capacity);
  const parser = new BinaryRecordParser(classCount, (image, label, index) => {
    images.set(image, index * IMAGE_BYTES);
    labels[index] = label;
  });
  parser.write(bytes);
  parser.end();
  return { count: parser.records, images, labels };
}
