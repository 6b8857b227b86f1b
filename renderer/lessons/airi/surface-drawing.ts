// Drawing lesson 4's race on a canvas: the surface's colour map and level lines, its minima, the start
// point and each optimizer's path up to the animation's current step. Pure drawing, no state.
import type { Domain2d, Point2d, RaceTrajectory } from '../../../airi/index';
import { ASCENT_COLOUR, OPTIMIZER_COLOURS } from './race-style';
import type { SurfaceMap } from './worker/protocol';

export interface CanvasFrame {
  width: number;
  height: number;
  domain: Domain2d;
}

export function toCanvas(frame: CanvasFrame, x: number, y: number): [number, number] {
  const { xMin, xMax, yMin, yMax } = frame.domain;
  return [((x - xMin) / (xMax - xMin)) * frame.width, ((yMax - y) / (yMax - yMin)) * frame.height];
}

export function toDomain(frame: CanvasFrame, px: number, py: number): Point2d {
  const { xMin, xMax, yMin, yMax } = frame.domain;
  return { x: xMin + (px / frame.width) * (xMax - xMin), y: yMax - (py / frame.height) * (yMax - yMin) };
}

/** The colour map and level lines, drawn once per surface into an off-screen canvas of the frame's size. */
export function renderBase(map: SurfaceMap, frame: CanvasFrame): HTMLCanvasElement {
  const grid = document.createElement('canvas');
  grid.width = map.columns;
  grid.height = map.rows;
  grid.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(map.pixels), map.columns, map.rows), 0, 0);

  const base = document.createElement('canvas');
  base.width = frame.width;
  base.height = frame.height;
  const ctx = base.getContext('2d')!;
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(grid, 0, 0, frame.width, frame.height);
  const sx = frame.width / map.columns;
  const sy = frame.height / map.rows;
  ctx.strokeStyle = 'rgba(40, 48, 72, 0.35)';
  ctx.lineWidth = Math.max(1, frame.width / 700);
  for (const level of map.contours) {
    ctx.beginPath();
    for (const polygon of level) {
      for (const ring of polygon) {
        ring.forEach(([u, v], i) => (i === 0 ? ctx.moveTo(u * sx, v * sy) : ctx.lineTo(u * sx, v * sy)));
      }
    }
    ctx.stroke();
  }
  return base;
}

function drawMarker(ctx: CanvasRenderingContext2D, [px, py]: [number, number], size: number, kind: 'minimum' | 'start'): void {
  ctx.save();
  ctx.lineWidth = size / 3;
  if (kind === 'minimum') {
    ctx.strokeStyle = '#1b2230';
    ctx.beginPath();
    ctx.moveTo(px - size, py - size);
    ctx.lineTo(px + size, py + size);
    ctx.moveTo(px + size, py - size);
    ctx.lineTo(px - size, py + size);
    ctx.stroke();
  } else {
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = '#1b2230';
    ctx.beginPath();
    ctx.arc(px, py, size, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

/** One frame: the base, the minima, every path up to `step` (a fraction draws part of the next segment) and the start. */
export function drawRace(
  ctx: CanvasRenderingContext2D,
  base: HTMLCanvasElement | null,
  frame: CanvasFrame,
  minima: Point2d[],
  start: Point2d,
  trajectories: RaceTrajectory[],
  step: number,
): void {
  ctx.clearRect(0, 0, frame.width, frame.height);
  if (base) ctx.drawImage(base, 0, 0);
  const unit = frame.width / 100;
  for (const m of minima) drawMarker(ctx, toCanvas(frame, m.x, m.y), unit * 0.9, 'minimum');
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, frame.width, frame.height);
  ctx.clip();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const t of trajectories) {
    const count = t.points.length / 2;
    const whole = Math.min(Math.floor(step), count - 1);
    const colour = t.direction === 'ascent' ? ASCENT_COLOUR : OPTIMIZER_COLOURS[t.optimizer];
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = unit * 0.45;
    ctx.setLineDash(t.direction === 'ascent' ? [unit * 1.5, unit] : []);
    ctx.beginPath();
    let head = toCanvas(frame, t.points[0], t.points[1]);
    ctx.moveTo(...head);
    for (let i = 1; i <= whole; i++) {
      head = toCanvas(frame, t.points[2 * i], t.points[2 * i + 1]);
      ctx.lineTo(...head);
    }
    if (whole < count - 1 && step > whole) {
      const f = step - whole;
      const [ax, ay] = [t.points[2 * whole], t.points[2 * whole + 1]];
      const [bx, by] = [t.points[2 * whole + 2], t.points[2 * whole + 3]];
      head = toCanvas(frame, ax + (bx - ax) * f, ay + (by - ay) * f);
      ctx.lineTo(...head);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.arc(head[0], head[1], unit * 1.1, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.restore();
  drawMarker(ctx, toCanvas(frame, start.x, start.y), unit * 1.2, 'start');
}
