// The hash router's addresses, both ways.
import { describe, expect, it } from 'vitest';
import { href, parseHash } from '../../../renderer/router/routes';

describe('parseHash', () => {
  it('reads every screen', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/')).toEqual({ name: 'home' });
    expect(parseHash('#/lesson/sine')).toEqual({ name: 'lesson', lessonId: 'sine' });
    expect(parseHash('#/runs')).toEqual({ name: 'runs' });
    expect(parseHash('#/runs/')).toEqual({ name: 'runs' });
    expect(parseHash('#/runs/abc-1')).toEqual({ name: 'run', runId: 'abc-1' });
    expect(parseHash('#/compare/a/b')).toEqual({ name: 'compare', runIds: ['a', 'b'] });
    expect(parseHash('#/compare/a/b/c')).toEqual({ name: 'compare', runIds: ['a', 'b', 'c'] });
    expect(parseHash('#/settings')).toEqual({ name: 'settings' });
  });

  it('sends anything else to not-found', () => {
    for (const hash of ['#/lesson', '#/lesson/a/b', '#/runs/a/b', '#/nope', '#/runs/%E0%A4%A', '#/compare/a']) {
      expect(parseHash(hash)).toEqual({ name: 'not-found' });
    }
  });

  it('round-trips the links it makes', () => {
    expect(parseHash(href.run('run 1/2'))).toEqual({ name: 'run', runId: 'run 1/2' });
    expect(parseHash(href.lesson('cat-breeds'))).toEqual({ name: 'lesson', lessonId: 'cat-breeds' });
    expect(parseHash(href.compare('a', 'b'))).toEqual({ name: 'compare', runIds: ['a', 'b'] });
  });
});
