// The CIFAR-10 binary record parser: records split across chunks of any size parse the same as a
// whole file, and a wrong-sized file or an impossible label is refused with a reason.
import { describe, expect, it } from 'vitest';
import { BinaryRecordParser, parseBinaryBatch, RECORD_BYTES } from '../../../../lab/datasets/binary-record-parser';
import { IMAGE_BYTES } from '../../../../lab/datasets/cifar10-format';

function records(labels: number[]): Uint8Array {
  const bytes = new Uint8Array(labels.length * RECORD_BYTES);
  labels.forEach((label, r) => {
    bytes[r * RECORD_BYTES] = label;
    for (let p = 0; p < IMAGE_BYTES; p++) bytes[r * RECORD_BYTES + 1 + p] = (r * 31 + p * 7) & 255;
  });
  return bytes;
}

describe('binary record parser', () => {
  it('reads the label byte and the 3072 CHW pixel bytes of each record', () => {
    const parsed = parseBinaryBatch(records([3, 9, 0]));
    expect(parsed.count).toBe(3);
    expect(Array.from(parsed.labels)).toEqual([3, 9, 0]);
    expect(parsed.images.length).toBe(3 * IMAGE_BYTES);
    expect(parsed.images[0]).toBe(0);
    expect(parsed.images[IMAGE_BYTES + 5]).toBe((31 + 35) & 255);
    expect(parsed.images[2 * IMAGE_BYTES + IMAGE_BYTES - 1]).toBe((62 + (IMAGE_BYTES - 1) * 7) & 255);
  });

  it('gives the same records whatever the chunk sizes', () => {
    const bytes = records([1, 2, 3, 4, 5]);
    const whole = parseBinaryBatch(bytes);
    for (const chunk of [1, 7, 1000, RECORD_BYTES - 1, RECORD_BYTES, RECORD_BYTES + 1, 5000]) {
      const images = new Uint8Array(5 * IMAGE_BYTES);
      const labels: number[] = [];
      const parser = new BinaryRecordParser(10, (image, label, index) => {
        images.set(image, index * IMAGE_BYTES);
        labels.push(label);
      });
      for (let at = 0; at < bytes.length; at += chunk) parser.write(bytes.subarray(at, at + chunk));
      parser.end();
      expect(parser.records).toBe(5);
      expect(labels).toEqual(Array.from(whole.labels));
      expect(Buffer.compare(images, whole.images)).toBe(0);
    }
  });

  it('refuses a file that is not a whole number of records', () => {
    const bytes = records([1, 2]);
    expect(() => parseBinaryBatch(bytes.subarray(0, bytes.length - 1))).toThrow(/6145 bytes, not a whole number of 3073-byte records/);
    const longer = new Uint8Array(bytes.length + 10);
    longer.set(bytes);
    expect(() => parseBinaryBatch(longer)).toThrow(/not a whole number/);
  });

  it('refuses a label outside the classes and says which record', () => {
    expect(() => parseBinaryBatch(records([0, 1, 12]))).toThrow(/record 2 has label 12, but CIFAR-10 labels run from 0 to 9/);
  });
});
