// Estimates the time left from the pace so far. Steps of one lesson cost about the same,
// so elapsed/step is a fair rate once a few percent of the run has passed.
export function estimateEtaSeconds(step: number, totalSteps: number, elapsedSeconds: number): number | null {
  if (step <= 0 || totalSteps <= 0 || step / totalSteps < 0.01 || elapsedSeconds < 0.2) return null;
  return Math.max(0, ((totalSteps - step) * elapsedSeconds) / step);
}
