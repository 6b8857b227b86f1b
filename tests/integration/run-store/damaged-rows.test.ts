// One malformed row (a hand edit, a disk error, a future version's format) must not break the run
// list: the other runs are listed as they were, and the broken one is shown, flagged damaged.
import { beforeEach, describe, expect, it } from 'vitest';
import type { RunStore } from '../../../lab/run-store/run-store';
import { useTempStore } from '../../helpers/temp-store';

describe('damaged run rows', () => {
  const temp = useTempStore();
  let store: RunStore;
  beforeEach(() => {
    store = temp.store;
  });

  it('lists every run and marks only the broken one damaged', () => {
    const ids = [1, 2, 3].map((seed) => {
      const run = store.createRun({ lessonId: 'sine', hyperparameters: { seed, epochs: 2 }, seed, appVersion: 't' });
      store.finishRun(run.id, 'completed', { testMse: seed / 100 }, null);
      return run.id;
    });
    temp.db.prepare(`update runs set hyperparameters_json = 'not json', metrics_json = '[1,' where id = ?`).run(ids[1]);
    temp.db.prepare(`insert into run_artifacts (run_id, name, content_json) values (?, 'fit', '{oops')`).run(ids[2]);

    const list = store.list();
    expect(list.map((r) => r.id).sort()).toEqual([...ids].sort());
    const broken = list.find((r) => r.id === ids[1])!;
    expect(broken).toMatchObject({ damaged: true, status: 'completed', hyperparameters: {}, metrics: {} });
    expect(broken.errorInfo).toEqual({ code: 'run-damaged', params: { fields: 'hyperparameters, metrics' } });
    for (const id of [ids[0], ids[2]]) expect(list.find((r) => r.id === id)!.damaged).toBeUndefined();
    expect(list.find((r) => r.id === ids[0])!.metrics).toEqual({ testMse: 0.01 });

    const detail = store.get(ids[2])!;
    expect(detail.damaged).toBe(true);
    expect(detail.errorInfo).toEqual({ code: 'run-damaged', params: { fields: 'fit' } });
    expect(store.get(ids[1])!.id).toBe(ids[1]);
    expect(store.delete(ids[1])).toBe(true);
  });
});
