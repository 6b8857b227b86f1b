// Collects a dataset laid out as image files, `train/<class>/<image>` and `test/<class>/<image>`,
// under any prefix (the form of cifar10-jpg.tar.gz and of torchvision's ImageFolder). Class names are
// the folder names in code-unit order (for CIFAR-10 that is the official label order). Both splits
// must have the same class folders. Images are decoded by image-decoder (32×32 only).
import { IMAGE_BYTES, type ImageSplit, type SplitName } from './cifar10-format';
import { ConcurrencyLimit } from './concurrency-limit';
import { decodeImage } from './image-decoder';
import type { MemberSink } from './member-visitor';
import type { PerClassLimit } from './per-class-limit';
import { SplitBuilder } from './split-builder';

/** Files that tools leave next to images; never decoded. */
const JUNK = /^(\..*|thumbs\.db|desktop\.ini)$/i;

export interface ImageMember {
  split: SplitName;
  className: string;
  /** The split folder's path inside the source, e.g. "cifar10/train", for error messages. */
  splitPath: string;
}

/** Where a path sits in the layout, or null if it is not an image of a class folder. */
export function imageMemberOf(path: string): ImageMember | null {
  const parts = path.split('/');
  if (parts.length < 3 || parts.includes('__MACOSX')) return null;
  const split = parts[parts.length - 3];
  const className = parts[parts.length - 2];
  const file = parts[parts.length - 1];
  if ((split !== 'train' && split !== 'test') || JUNK.test(file) || JUNK.test(className) || file === '') return null;
  return { split, className, splitPath: parts.slice(0, -2).join('/') };
}

export class ImageFolders {
  private readonly builders: Record<SplitName, SplitBuilder> = { train: new SplitBuilder(), test: new SplitBuilder() };
  private readonly classIds = new Map<string, number>();
  private readonly classesBySplit: Record<SplitName, Set<string>> = { train: new Set(), test: new Set() };
  private readonly splitPaths: Record<SplitName, string | null> = { train: null, test: null };
  private decodedCount = 0;

  private readonly decodes: ConcurrencyLimit;

  constructor(
    private readonly limit: PerClassLimit,
    concurrentDecodes = 16,
  ) {
    this.decodes = new ConcurrencyLimit(concurrentDecodes);
  }

  /** True until an image member was offered (skipped ones count: they show the layout). */
  get empty(): boolean {
    return this.classIds.size === 0;
  }

  /** Images decoded so far (a reused cache decodes none). */
  get decoded(): number {
    return this.decodedCount;
  }

  sink(path: string, size: number, member: ImageMember): MemberSink | null {
    const { split, className } = member;
    this.splitPaths[split] ??= member.splitPath;
    this.classesBySplit[split].add(className);
    if (!this.classIds.has(className)) this.classIds.set(className, this.classIds.size);
    if (!this.limit.take(split, className)) return null;
    const classId = this.classIds.get(className)!;
    const bytes = new Uint8Array(size);
    let filled = 0;
    return {
      write: (chunk) => {
        bytes.set(chunk, filled);
        filled += chunk.length;
      },
      end: async () => {
        const image = await this.decodes.run(() => decodeImage(bytes.subarray(0, filled), new Uint8Array(IMAGE_BYTES)));
        this.decodedCount++;
        this.builders[split].add(image, classId, path);
      },
    };
  }

  /**
   * The splits, once every member was read and decoded. `fail(member, reason)` builds the error for
   * a missing split or class folder, so it names the folder that should have been there.
   */
  finish(fail: (member: string | null, reason: string) => Error): { classes: string[]; train: ImageSplit; test: ImageSplit } {
    const train = [...this.classesBySplit.train].sort(codeUnitOrder);
    const test = [...this.classesBySplit.test].sort(codeUnitOrder);
    const where = (split: SplitName) => this.splitPaths[split] ?? this.splitPaths[split === 'train' ? 'test' : 'train']?.replace(/(train|test)$/, split) ?? split;
    if (train.length === 0) throw fail(where('train'), 'the train/ split is missing (expected train/<class>/<image files>)');
    if (test.length === 0) throw fail(where('test'), 'the test/ split is missing (expected test/<class>/<image files>)');
    for (const name of train) if (!test.includes(name)) throw fail(`${where('test')}/${name}`, `this class folder is missing (train/ has it)`);
    for (const name of test) if (!train.includes(name)) throw fail(`${where('train')}/${name}`, `this class folder is missing (test/ has it)`);
    if (train.length < 2 || train.length > 256) throw fail(where('train'), `has ${train.length} class folders; expected 2 to 256`);
    const relabel = new Uint8Array(this.classIds.size);
    for (const [name, id] of this.classIds) relabel[id] = train.indexOf(name);
    return { classes: train, train: this.builders.train.finish(relabel), test: this.builders.test.finish(relabel) };
  }
}

function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
