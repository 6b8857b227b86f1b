// Finds lesson 4's last CIFAR-10 race among the stored runs, so the race is shown again after the app
// restarts: the newest run's shared settings, then for each lane the newest run with those settings
// and that lane's optimizer. Pure: the caller fetches the runs and their details.
import type { RunSummary } from '../../../contract/runs';
import type { AiriCifarLane } from '../../../contract/lessons/airi';
import type { RaceSettings } from './race-settings';

const SETTING_KEYS: (keyof RaceSettings)[] = ['epochs', 'trainImages', 'hiddenSize', 'batchSize', 'seed'];

function settingsOf(run: RunSummary): RaceSettings | null {
  const values = run.hyperparameters;
  const numbers = SETTING_KEYS.map((key) => values[key]);
  if (!numbers.every((v): v is number => typeof v === 'number')) return null;
  const [epochs, trainImages, hiddenSize, batchSize, seed] = numbers;
  return { epochs, trainImages, hiddenSize, batchSize, seed };
}

function isLane(run: RunSummary, lane: AiriCifarLane): boolean {
  const values = run.hyperparameters;
  return values.optimizer === lane.optimizer && values.momentum === lane.momentum && values.weightDecay === lane.weightDecay;
}

/** The settings and, per lane, the run of the last race; null when lesson 4 has no finished run. `runs` newest first. */
export function lastRace(runs: RunSummary[], lanes: readonly AiriCifarLane[]): { settings: RaceSettings; runs: Map<AiriCifarLane['id'], RunSummary> } | null {
  const finished = runs.filter((r) => r.lessonId === 'airi' && r.status !== 'running');
  const newest = finished.find((r) => settingsOf(r) !== null);
  const settings = newest ? settingsOf(newest) : null;
  if (!settings) return null;
  const same = finished.filter((r) => SETTING_KEYS.every((key) => r.hyperparameters[key] === settings[key]));
  const chosen = new Map<AiriCifarLane['id'], RunSummary>();
  for (const lane of lanes) {
    const run = same.find((r) => isLane(r, lane));
    if (run) chosen.set(lane.id, run);
  }
  return { settings, runs: chosen };
}
