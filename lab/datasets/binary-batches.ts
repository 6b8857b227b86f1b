// Collects CIFAR-10 from the official binary release (cifar-10-binary.tar.gz, or its extracted
// cifar-10-batches-bin folder): data_batch_1..5.bin make the training split, test_batch.bin the test
// split, batches.meta.txt names the classes. All six batches must be there: a missing one means a
// broken download, and training on 4/5 of the data would quietly lower every lesson's accuracy.
import { BinaryRecordParser, RECORD_BYTES } from './binary-record-parser';
import { CIFAR10_CLASSES, type ImageSplit, type SplitName } from './cifar10-format';
import type { MemberSink } from './member-visitor';
import type { PerClassLimit } from './per-class-limit';
import { SplitBuilder } from './split-builder';

export const BINARY_BATCHES: readonly string[] = [
  'data_batch_1.bin', 'data_batch_2.bin', 'data_batch_3.bin', 'data_batch_4.bin', 'data_batch_5.bin', 'test_batch.bin',
];
export const BINARY_META = 'batches.meta.txt';

export function isBinaryMember(path: string): boolean {
  const name = basename(path);
  return BINARY_BATCHES.includes(name) || name === BINARY_META;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export class BinaryBatches {
  private readonly builders: Record<SplitName, SplitBuilder> = { train: new SplitBuilder(), test: new SplitBuilder() };
  private readonly seen = new Map<string, string>();
  private classes: string[] | null = null;

  constructor(private readonly limit: PerClassLimit) {}

  get empty(): boolean {
    return this.seen.size === 0;
  }

  /** A sink for a member that isBinaryMember() accepted. */
  sink(path: string, size: number): MemberSink {
    const name = basename(path);
    const earlier = this.seen.get(name);
    if (earlier !== undefined) throw new Error(`is a second ${name} (the first was ${earlier})`);
    this.seen.set(name, path);
    if (name === BINARY_META) return this.metaSink();
    const split: SplitName = name === 'test_batch.bin' ? 'test' : 'train';
    const builder = this.builders[split];
    builder.reserve(Math.floor(size / RECORD_BYTES));
    let records = 0;
    const parser = new BinaryRecordParser(CIFAR10_CLASSES.length, (image, label, index) => {
      records++;
      if (this.limit.take(split, label)) builder.add(image, label, name, index);
    });
    return {
      write: (chunk) => parser.write(chunk),
      end: () => {
        parser.end();
        // An empty batch is a broken download, never a dataset to train on.
        if (records === 0) throw new Error(`is empty: a CIFAR-10 batch holds 10,000 images of ${RECORD_BYTES} bytes`);
      },
    };
  }

  private metaSink(): MemberSink {
    const chunks: Uint8Array[] = [];
    return {
      write: (chunk) => void chunks.push(chunk),
      end: () => {
        const names = Buffer.concat(chunks).toString('utf8').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
        if (names.length !== CIFAR10_CLASSES.length) {
          throw new Error(`lists ${names.length} class names; CIFAR-10 has ${CIFAR10_CLASSES.length}`);
        }
        this.classes = names;
      },
    };
  }

  /** The splits, once every member was read; throws naming any missing batch. */
  finish(): { classes: string[]; train: ImageSplit; test: ImageSplit } {
    const missing = BINARY_BATCHES.filter((name) => !this.seen.has(name));
    if (missing.length > 0) {
      throw new Error(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing; the CIFAR-10 binary release has ${BINARY_BATCHES.join(', ')}`);
    }
    return {
      // Without batches.meta.txt the labels still mean the official classes, in the official order.
      classes: this.classes ?? [...CIFAR10_CLASSES],
      train: this.builders.train.finish(),
      test: this.builders.test.finish(),
    };
  }
}
