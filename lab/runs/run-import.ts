// Brings run bundles back (a teacher importing a class's hand-ins): each bundle is checked whole in
// memory (run-bundle.ts), its files written to a staging folder, then its record, curves and
// artifacts inserted and the folder moved into place in one transaction. A bundle that fails any
// step leaves nothing behind; a run already in the store is reported, not duplicated.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import { ApiInputError } from '../../contract/guards';
import type { LabErrorInfo } from '../../contract/lab-errors';
import { isLessonId } from '../../contract/lessons/registry';
import { RUN_STATUSES } from '../../contract/runs';
import type { Db } from '../run-store/open-database';
import { BUNDLE_LIMITS, BundleError, readBundle } from './run-bundle';

export interface ImportedRun {
  fileName: string;
  runId: string;
  alreadyThere: boolean;
}

function refusal(file: string, error: BundleError): LabErrorInfo {
  if (error.kind === 'too-large') return { code: 'bundle-too-large', params: { file, limitMegabytes: BUNDLE_LIMITS.compressedBytes >> 20 } };
  if (error.kind === 'unsafe-entry') return { code: 'bundle-unsafe-entry', params: { file, entry: error.detail } };
  return { code: 'bundle-unreadable', params: { file, detail: error.detail } };
}

export async function importBundle(db: Db, dataDirectory: string, bytes: Uint8Array, fileName: string): Promise<ImportedRun> {
  const file = basename(fileName);
  let bundle;
  try {
    bundle = await readBundle(bytes);
  } catch (error) {
    if (error instanceof BundleError) throw ApiInputError.of(refusal(file, error));
    throw error;
  }
  const { run } = bundle.manifest;
  if (!isLessonId(run.lessonId)) {
    throw ApiInputError.of({ code: 'bundle-unknown-lesson', params: { file, lessonId: run.lessonId } });
  }
  if (!(RUN_STATUSES as readonly string[]).includes(run.status)) {
    throw ApiInputError.of({ code: 'bundle-unreadable', params: { file, detail: `unknown status ${run.status}` } });
  }
  if (db.prepare('select 1 from runs where id = ?').get(run.id)) return { fileName: file, runId: run.id, alreadyThere: true };

  const runsDir = join(dataDirectory, 'runs');
  const staging = join(runsDir, `.import-${randomBytes(6).toString('hex')}`);
  const final = join(runsDir, run.id);
  try {
    if (bundle.files.size > 0) {
      mkdirSync(staging, { recursive: true });
      for (const [name, content] of bundle.files) writeFileSync(join(staging, name.slice('files/'.length)), content);
    }
    const insertRun = db.prepare(
      `insert into runs (id, lesson_id, status, hyperparameters_json, seed, app_version, created_at, finished_at, metrics_json,
         error, error_json, name, tags_json, note, rerun_of)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertPoint = db.prepare('insert into run_metrics (run_id, name, step, value) values (?, ?, ?, ?)');
    const insertArtifact = db.prepare('insert into run_artifacts (run_id, name, content_json) values (?, ?, ?)');
    db.transaction(() => {
      // A run still training on the student's computer arrives as interrupted: nothing trains it here.
      const status = run.status === 'running' ? 'interrupted' : run.status;
      insertRun.run(
        run.id, run.lessonId, status, JSON.stringify(run.hyperparameters), run.seed, run.appVersion, run.createdAt,
        run.finishedAt ?? null, JSON.stringify(run.metrics), typeof run.error === 'string' ? run.error : null,
        run.errorInfo ? JSON.stringify(run.errorInfo) : null, typeof run.name === 'string' ? run.name : null,
        JSON.stringify(Array.isArray(run.tags) ? run.tags.filter((t) => typeof t === 'string') : []),
        typeof run.note === 'string' ? run.note : '', typeof run.rerunOf === 'string' ? run.rerunOf : null,
      );
      for (const s of bundle.series) {
        for (let i = 0; i < s.steps.length; i++) if (Number.isFinite(s.values[i])) insertPoint.run(run.id, s.name, s.steps[i], s.values[i]);
      }
      for (const [name, content] of Object.entries(run.artifacts ?? {})) {
        // Paths were the student's; the imported files live in this data folder now.
        const value = name === 'modelFile' && bundle.files.has('files/model.safetensors') ? join(final, 'model.safetensors') : content;
        insertArtifact.run(run.id, name, JSON.stringify(value));
      }
      if (bundle.files.size > 0) {
        if (existsSync(final)) rmSync(final, { recursive: true, force: true });
        renameSync(staging, final);
      }
    })();
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return { fileName: file, runId: run.id, alreadyThere: false };
}
