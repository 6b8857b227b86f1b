// Lesson 4's map coordinates: a surface point and the canvas pixel it is drawn at convert both ways
// (y grows upward on the map, downward on the canvas), so a click starts the race where it landed; the
// race's text fields read what a learner types in either language.
import { describe, expect, it } from 'vitest';
import { toCanvas, toDomain } from '../../../../renderer/lessons/airi/surface-drawing';
import { RACE_LEARNING_RATE_FIELD, RACE_STEPS_FIELD, parseRaceNumber } from '../../../../renderer/lessons/airi/race-fields';

const frame = { width: 600, height: 400, domain: { xMin: -3, xMax: 3, yMin: -2, yMax: 2 } };

describe('race map coordinates', () => {
  it('puts the domain\'s corners at the canvas corners, with y up', () => {
    expect(toCanvas(frame, -3, 2)).toEqual([0, 0]);
    expect(toCanvas(frame, 3, -2)).toEqual([600, 400]);
    expect(toCanvas(frame, 0, 0)).toEqual([300, 200]);
  });

  it('turns a pixel back into the point drawn there', () => {
    for (const [x, y] of [[-2.8, 1.2], [0.5, -1.9], [2.999, 0]]) {
      const [px, py] = toCanvas(frame, x, y);
      const back = toDomain(frame, px, py);
      expect(back.x).toBeCloseTo(x, 10);
      expect(back.y).toBeCloseTo(y, 10);
    }
  });
});

describe('race text fields', () => {
  it('reads rates with either decimal separator and in scientific notation', () => {
    expect(parseRaceNumber(RACE_LEARNING_RATE_FIELD, '0,001', 'pt-BR')).toBe(0.001);
    expect(parseRaceNumber(RACE_LEARNING_RATE_FIELD, '1e-3', 'en')).toBe(0.001);
    expect(parseRaceNumber(RACE_LEARNING_RATE_FIELD, '0.05', 'en')).toBe(0.05);
  });

  it('refuses what is not a rate or a step count', () => {
    expect(parseRaceNumber(RACE_LEARNING_RATE_FIELD, 'abc', 'en')).toBeNull();
    expect(parseRaceNumber(RACE_LEARNING_RATE_FIELD, '0', 'en')).toBeNull();
    expect(parseRaceNumber(RACE_LEARNING_RATE_FIELD, '11', 'en')).toBeNull();
    expect(parseRaceNumber(RACE_STEPS_FIELD, '2.5', 'en')).toBeNull();
    expect(parseRaceNumber(RACE_STEPS_FIELD, '20001', 'en')).toBeNull();
    expect(parseRaceNumber(RACE_STEPS_FIELD, '500', 'pt-BR')).toBe(500);
  });
});
