// Which paths of an image-folder source are images of a class, and which are skipped.
import { describe, expect, it } from 'vitest';
import { imageMemberOf } from '../../../../lab/datasets/image-folders';
import { isBinaryMember } from '../../../../lab/datasets/binary-batches';
import { normalizeMemberPath } from '../../../../lab/datasets/member-visitor';

describe('image-folder layout', () => {
  it('finds split and class under any prefix', () => {
    expect(imageMemberOf('train/cat/0001.jpg')).toEqual({ split: 'train', className: 'cat', splitPath: 'train' });
    expect(imageMemberOf('cifar10/test/ship/9.png')).toEqual({ split: 'test', className: 'ship', splitPath: 'cifar10/test' });
  });

  it('skips files outside class folders, dotfiles and macOS litter', () => {
    expect(imageMemberOf('README.md')).toBeNull();
    expect(imageMemberOf('train/labels.txt')).toBeNull();
    expect(imageMemberOf('train/cat/.DS_Store')).toBeNull();
    expect(imageMemberOf('train/cat/Thumbs.db')).toBeNull();
    expect(imageMemberOf('__MACOSX/train/cat/._1.jpg')).toBeNull();
    expect(imageMemberOf('val/cat/1.jpg')).toBeNull();
  });

  it('recognises the binary release by member name', () => {
    expect(isBinaryMember('cifar-10-batches-bin/data_batch_3.bin')).toBe(true);
    expect(isBinaryMember('test_batch.bin')).toBe(true);
    expect(isBinaryMember('cifar-10-batches-bin/batches.meta.txt')).toBe(true);
    expect(isBinaryMember('cifar-10-batches-bin/readme.html')).toBe(false);
    expect(isBinaryMember('data_batch_6.bin')).toBe(false);
  });

  it('normalizes member paths', () => {
    expect(normalizeMemberPath('./train/cat/1.jpg')).toBe('train/cat/1.jpg');
    expect(normalizeMemberPath('train\\cat\\1.jpg')).toBe('train/cat/1.jpg');
  });
});
