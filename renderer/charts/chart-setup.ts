// Chart.js with only the parts Airi Lab draws (scatter points and lines on linear/log axes), so the
// rest of the library is tree-shaken out; and house defaults: no animation, the system font.
import {
  Chart,
  Legend,
  LinearScale,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';

Chart.register(ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Tooltip);

Chart.defaults.animation = false;
Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font-sans') || 'system-ui, sans-serif';
Chart.defaults.font.size = 12;
Chart.defaults.color = '#4b5565';
Chart.defaults.borderColor = '#e4e7ec';

/**
 * Log-axis labels written as 1e-2, 2e-2…: every power of ten, plus 2× and 5× when the axis spans
 * less than two decades (otherwise a short curve would get no label at all).
 */
export function logTickLabel(value: number | string, _index: number, ticks: { value: number }[]): string {
  const v = Number(value);
  if (!(v > 0)) return '';
  const exponent = Math.floor(Math.log10(v) + 1e-9);
  const mantissa = Math.round(v / 10 ** exponent);
  if (Math.abs(v / 10 ** exponent - mantissa) > 1e-6) return '';
  const span = ticks.length > 1 ? Math.log10(ticks[ticks.length - 1].value / ticks[0].value) : 0;
  const shown = span < 2 ? [1, 2, 5] : [1];
  if (!shown.includes(mantissa)) return '';
  return exponent === 0 ? String(mantissa) : `${mantissa}e${exponent}`;
}

export { Chart };
