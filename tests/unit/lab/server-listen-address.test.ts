// Loopback is decided from the address a host name resolves to, never from how the name looks.
import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, resolveListenAddress } from '../../../lab/server/listen-address';
import { hideServerPaths, hidePathsDeep } from '../../../lab/server/hide-server-paths';

describe('listen address', () => {
  it('knows loopback addresses', () => {
    for (const a of ['127.0.0.1', '127.8.9.1', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['0.0.0.0', '10.0.0.1', '::', '128.0.0.1', '127.evil.example', 'localhost']) expect(isLoopbackAddress(a)).toBe(false);
  });

  it('treats 127.evil.example by what it resolves to', async () => {
    const evil = await resolveListenAddress('127.evil.example', async () => ({ address: '203.0.113.5' }));
    expect(evil).toEqual({ host: '127.evil.example', address: '203.0.113.5', loopback: false });
    const local = await resolveListenAddress('localhost', async () => ({ address: '127.0.0.1' }));
    expect(local.loopback).toBe(true);
    await expect(resolveListenAddress('nowhere.invalid', async () => { throw new Error('ENOTFOUND'); })).rejects.toThrow(/could not be resolved/);
  });
});

describe('error texts without server folders', () => {
  it('keeps the file name and hides its folders', () => {
    expect(hideServerPaths("ENOENT: no such file or directory, open '/home/teacher/data/cifar.tar.gz'"))
      .toBe("ENOENT: no such file or directory, open '…/cifar.tar.gz'");
    expect(hideServerPaths('cannot read C:\\Users\\Prof\\dados\\lote.bin now')).toBe('cannot read …\\lote.bin now');
    expect(hideServerPaths('epoch 3/10 and 1/2 of the batches')).toBe('epoch 3/10 and 1/2 of the batches');
    const deep = hidePathsDeep({ message: 'at /srv/lab/runs/x', params: { detail: 'file:///srv/a/b.png' }, values: [1, 2] });
    expect(JSON.stringify(deep)).not.toMatch(/srv/);
    expect(deep.values).toEqual([1, 2]);
  });
});
