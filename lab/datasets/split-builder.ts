// Collects one split's images as they arrive (in archive order, or in whatever order parallel
// decoders finish), then lays them out in a fixed order: by member path, then by record within the
// member. So the same source always yields byte-identical cache files and the same content hash.
import { IMAGE_BYTES, type ImageSplit } from './cifar10-format';

export class SplitBuilder {
  private pixels: Uint8Array;
  private count = 0;
  private readonly labels: number[] = [];
  private readonly orderKeys: string[] = [];
  private readonly subIndices: number[] = [];

  constructor(capacityHint = 1024) {
    this.pixels = new Uint8Array(Math.max(1, capacityHint) * IMAGE_BYTES);
  }

  get size(): number {
    return this.count;
  }

  /** Makes room for `extra` more images at once (a binary batch announces its size up front). */
  reserve(extra: number): void {
    const needed = (this.count + extra) * IMAGE_BYTES;
    if (needed <= this.pixels.length) return;
    const grown = new Uint8Array(Math.max(needed, this.pixels.length * 2));
    grown.set(this.pixels.subarray(0, this.count * IMAGE_BYTES));
    this.pixels = grown;
  }

  /** Copies one CHW image in; `orderKey` (the member path) and `subIndex` (the record in it) fix its final place. */
  add(image: Uint8Array, label: number, orderKey: string, subIndex = 0): void {
    if (image.length !== IMAGE_BYTES) throw new Error(`expected ${IMAGE_BYTES} bytes per image, got ${image.length}`);
    this.reserve(1);
    this.pixels.set(image, this.count * IMAGE_BYTES);
    this.labels.push(label);
    this.orderKeys.push(orderKey);
    this.subIndices.push(subIndex);
    this.count++;
  }

  /**
   * The split in its final order. `relabel` maps the labels given to add() onto final labels (the
   * image-folder importer only knows the sorted class list once every folder has been seen).
   */
  finish(relabel?: ArrayLike<number>): ImageSplit {
    const keys = this.orderKeys;
    const subs = this.subIndices;
    const order = Array.from({ length: this.count }, (_, i) => i).sort((a, b) =>
      keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : subs[a] - subs[b],
    );
    const images = new Uint8Array(this.count * IMAGE_BYTES);
    const labels = new Uint8Array(this.count);
    order.forEach((from, to) => {
      images.set(this.pixels.subarray(from * IMAGE_BYTES, (from + 1) * IMAGE_BYTES), to * IMAGE_BYTES);
      labels[to] = relabel ? relabel[this.labels[from]] : this.labels[from];
    });
    return { count: this.count, images, labels };
  }
}
