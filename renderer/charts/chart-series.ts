// What a chart draws, independent of Chart.js: named series of points, each a line or a cloud.
export interface ChartPoint {
  x: number;
  y: number;
}

export interface ChartSeries {
  label: string;
  points: ChartPoint[];
  color: string;
  /** 'line' joins the points, 'dashed' too with a dash, 'points' draws them loose, 'markers' joins and marks them. */
  style: 'line' | 'dashed' | 'points' | 'markers';
}

export interface AxisRange {
  min?: number;
  max?: number;
}

/** The chart palette; colour-blind friendly (Okabe–Ito), with a neutral for raw data. */
export const palette = {
  blue: '#0b6bcb',
  orange: '#d55e00',
  green: '#009e73',
  purple: '#7b4fb8',
  data: 'rgba(91, 103, 122, 0.35)',
};

/** Colours for any number of compared runs (Okabe–Ito, then darker repeats). */
export const runColors = ['#0b6bcb', '#d55e00', '#009e73', '#cc79a7', '#7b4fb8', '#e69f00', '#56b4e9', '#000000', '#8c564b', '#b8860b'];
