// The progress line of a torchvision import: each phase's usual share of the time (measured on
// VGG16's 528 MB file: reading and checking in ONNX Runtime dominate), so the fraction done and the
// time left move steadily instead of jumping from phase to phase.
import type { WeightsImportPhase, WeightsImportProgress } from '../../contract/weights/imported-weights';

const SHARE: Record<Exclude<WeightsImportPhase, 'downloading'>, number> = {
  reading: 0.12, recognising: 0.18, loading: 0.1, saving: 0.1, exporting: 0.15, checking: 0.35,
};
const ORDER = Object.keys(SHARE) as Exclude<WeightsImportPhase, 'downloading'>[];

export class ImportProgressClock {
  private readonly started = performance.now();

  constructor(
    private readonly file: string,
    private readonly emit: (progress: WeightsImportProgress) => void,
    /** A download before the import counts for this share of the whole (0 when there is none). */
    private readonly downloadShare = 0,
  ) {}

  /** Enters `phase` (within it, `within` from 0 to 1 when known). */
  phase(phase: WeightsImportPhase, within = 0, bytes?: { done: number; total: number | null }): void {
    let fraction: number;
    if (phase === 'downloading') fraction = this.downloadShare * within;
    else {
      const before = ORDER.slice(0, ORDER.indexOf(phase)).reduce((sum, p) => sum + SHARE[p], 0);
      fraction = this.downloadShare + (1 - this.downloadShare) * (before + SHARE[phase] * within);
    }
    const elapsedSeconds = (performance.now() - this.started) / 1000;
    const etaSeconds = fraction > 0.02 && elapsedSeconds > 1 ? (elapsedSeconds * (1 - fraction)) / fraction : null;
    this.emit({
      file: this.file, phase, fraction, elapsedSeconds, etaSeconds,
      ...(bytes ? { bytesDone: bytes.done, bytesTotal: bytes.total } : {}),
    });
  }
}
