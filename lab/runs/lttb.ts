// Largest-Triangle-Three-Buckets (Steinarsson, 2013): keeps the shape of a long curve in a few
// hundred points by choosing, in each bucket, the point that spans the largest triangle with the
// point chosen before and the mean of the next bucket. Peaks and cliffs survive; flat stretches thin out.
export function lttb(xs: ArrayLike<number>, ys: ArrayLike<number>, threshold: number): { xs: number[]; ys: number[] } {
  const n = xs.length;
  if (threshold >= n || threshold < 3) return { xs: Array.from(xs), ys: Array.from(ys) };
  const outX: number[] = [xs[0]];
  const outY: number[] = [ys[0]];
  const bucket = (n - 2) / (threshold - 2);
  let a = 0;
  for (let i = 0; i < threshold - 2; i++) {
    // The mean of the next bucket is the triangle's third corner.
    const nextStart = Math.floor((i + 1) * bucket) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * bucket) + 1, n);
    let meanX = 0;
    let meanY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      meanX += xs[j];
      meanY += ys[j];
    }
    const count = Math.max(1, nextEnd - nextStart);
    meanX /= count;
    meanY /= count;
    const start = Math.floor(i * bucket) + 1;
    const end = Math.floor((i + 1) * bucket) + 1;
    let best = start;
    let bestArea = -1;
    for (let j = start; j < end; j++) {
      const area = Math.abs((xs[a] - meanX) * (ys[j] - ys[a]) - (xs[a] - xs[j]) * (meanY - ys[a]));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    outX.push(xs[best]);
    outY.push(ys[best]);
    a = best;
  }
  outX.push(xs[n - 1]);
  outY.push(ys[n - 1]);
  return { xs: outX, ys: outY };
}
