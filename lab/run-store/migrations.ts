// The schema, as numbered migrations applied in order at start-up and tracked by PRAGMA user_version.
// Never edit a shipped migration: add the next one. Each runs in a transaction, so a failure leaves
// the file at the previous version.
import type Database from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  // 1: runs, their metric series and artifacts, and app settings.
  `
  create table runs (
    id text primary key,
    lesson_id text not null,
    status text not null check (status in ('running','completed','stopped','failed','interrupted')),
    hyperparameters_json text not null,
    seed integer not null,
    app_version text not null,
    created_at text not null,
    finished_at text,
    metrics_json text not null default '{}',
    error text,
    owner_pid integer,
    owner_host text
  );
  create index runs_by_lesson on runs(lesson_id, created_at);
  create table run_metrics (
    run_id text not null references runs(id) on delete cascade,
    name text not null,
    step integer not null,
    value real not null
  );
  create index run_metrics_by_run on run_metrics(run_id, name, step);
  create table run_artifacts (
    run_id text not null references runs(id) on delete cascade,
    name text not null,
    content_json text not null,
    primary key (run_id, name)
  );
  create table settings (
    key text primary key,
    value_json text not null
  );
  `,
  // 2: a failed or interrupted run's error as a code and its parameters, so the UI can word it in
  // the learner's language (error keeps the English text).
  `
  alter table runs add column error_json text;
  `,
  // 3: who trained the run, in a classroom (the name a student joined under; null on one's own computer).
  `
  alter table runs add column trained_by text;
  `,
  // 4: what a researcher adds to a run (a name, tags, a note), the run a "train again" repeats, an
  // index for the Runs screen's default order over thousands of runs, and the curves' index made
  // covering (with the value), so a million-point curve is summarized from the index alone.
  `
  alter table runs add column name text;
  alter table runs add column tags_json text not null default '[]';
  alter table runs add column note text not null default '';
  alter table runs add column rerun_of text;
  create index runs_by_created on runs(created_at);
  drop index run_metrics_by_run;
  create index run_metrics_by_run on run_metrics(run_id, name, step, value);
  `,
  // 5: the epochs a stopped run was continued from (issue 8), as a JSON list: the same run trained on.
  `
  alter table runs add column continued_json text not null default '[]';
  `,
];

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database.Database): void {
  const current = schemaVersion(db);
  if (current > MIGRATIONS.length) {
    throw new Error(
      `this data directory was written by a newer Airi Lab (schema ${current}, this app knows ${MIGRATIONS.length}); update the app`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
