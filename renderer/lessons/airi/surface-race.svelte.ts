// The state of lesson 4's optimizer race on surfaces: which surface, where the race starts, each
// optimizer's learning rate and whether it runs, the map and the trajectories the worker computed,
// and the step the animation has reached.
import type { Point2d, RaceOptimizerId, RaceTrajectory, SurfaceId } from '../../../airi/index';
import type { AiriWorkerClient } from './airi-worker-client';
import type { RaceEntry, SurfaceInfo, SurfaceMap } from './worker/protocol';

/** Grid cells along the map's longer side. */
const MAP_RESOLUTION = 280;
/** How long an animation of the whole race lasts, whatever the number of steps. */
export const ANIMATION_SECONDS = 5;

export class SurfaceRace {
  surfaces = $state.raw<SurfaceInfo[]>([]);
  optimizers = $state.raw<RaceOptimizerId[]>([]);
  surfaceId = $state<SurfaceId>('rosenbrock');
  start = $state<Point2d>({ x: 0, y: 0 });
  steps = $state(300);
  learningRates = $state<Partial<Record<RaceOptimizerId, number>>>({});
  enabled = $state<Partial<Record<RaceOptimizerId, boolean>>>({});
  /** Adds the notebook's rule x += lr·dx (SGD climbing, at SGD's rate) to the race. */
  showAscent = $state(false);
  map = $state.raw<SurfaceMap | null>(null);
  trajectories = $state.raw<RaceTrajectory[]>([]);
  /** The animation's position, 0 .. longest trajectory's step count. */
  shownStep = $state(0);
  playing = $state(false);
  busy = $state(false);
  error = $state<string | null>(null);

  readonly surface = $derived(this.surfaces.find((s) => s.id === this.surfaceId) ?? null);
  readonly lastStep = $derived(this.trajectories.reduce((most, t) => Math.max(most, t.points.length / 2 - 1), 0));

  constructor(private readonly client: AiriWorkerClient) {}

  async load(): Promise<void> {
    try {
      const reply = await this.client.request({ kind: 'surfaces' });
      this.surfaces = reply.surfaces;
      this.optimizers = reply.optimizers;
      this.enabled = Object.fromEntries(reply.optimizers.map((id) => [id, true]));
      await this.selectSurface(this.surfaceId);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Switches surface: its start point, steps and learning rates come back to their defaults. */
  async selectSurface(id: SurfaceId): Promise<void> {
    const info = this.surfaces.find((s) => s.id === id);
    if (!info) return;
    this.surfaceId = id;
    this.start = { ...info.start };
    this.steps = info.defaults.steps;
    this.learningRates = { ...info.defaults.learningRates };
    this.map = null;
    this.trajectories = [];
    const { xMin, xMax, yMin, yMax } = info.domain;
    const aspect = (yMax - yMin) / (xMax - xMin);
    const columns = aspect <= 1 ? MAP_RESOLUTION : Math.round(MAP_RESOLUTION / aspect);
    const rows = aspect <= 1 ? Math.round(MAP_RESOLUTION * aspect) : MAP_RESOLUTION;
    try {
      const reply = await this.client.request({ kind: 'surface-map', surface: id, columns, rows });
      if (this.surfaceId === id) this.map = reply.map;
      await this.run();
    } catch (error) {
      this.fail(error);
    }
  }

  resetDefaults(): void {
    const info = this.surface;
    if (!info) return;
    this.start = { ...info.start };
    this.steps = info.defaults.steps;
    this.learningRates = { ...info.defaults.learningRates };
  }

  setStart(point: Point2d): void {
    this.start = point;
    void this.run();
  }

  /** Asks the worker for every ticked optimizer's trajectory, then starts the animation from step 0. */
  async run(): Promise<void> {
    const entries: RaceEntry[] = this.optimizers
      .filter((id) => this.enabled[id])
      .map((id) => ({ optimizer: id, lr: this.learningRates[id] ?? 0, direction: 'descent' }));
    if (this.showAscent) entries.push({ optimizer: 'sgd', lr: this.learningRates.sgd ?? 0, direction: 'ascent' });
    this.busy = true;
    this.error = null;
    try {
      const reply = await this.client.request({ kind: 'race', surface: this.surfaceId, start: $state.snapshot(this.start), steps: this.steps, entries });
      this.trajectories = reply.trajectories;
      this.shownStep = 0;
      this.playing = reply.trajectories.length > 0;
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  /** Moves the animation on by `seconds` of play; stops at the last step. */
  advance(seconds: number): void {
    if (!this.playing) return;
    const next = this.shownStep + (seconds / ANIMATION_SECONDS) * this.lastStep;
    this.shownStep = Math.min(next, this.lastStep);
    if (this.shownStep >= this.lastStep) this.playing = false;
  }

  replay(): void {
    this.shownStep = 0;
    this.playing = this.trajectories.length > 0;
  }

  private fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
    this.busy = false;
  }
}
