// Progress for output that is not a terminal (a pipe, a log file, an IDE's console): a plain line
// every tenth of the work and at least every ten seconds, so a long import or epoch never looks
// stuck, without the redrawn bar a log cannot show.
export class PlainProgress {
  private nextPercent = 0;
  private lastLine = 0;
  private phase = '';

  constructor(
    private readonly write: (line: string) => void,
    private readonly everyPercent = 10,
    private readonly everyMs = 10_000,
  ) {}

  /** `phase` starts the percentages over when it changes (e.g. reading, then writing). */
  update(fraction: number, detail: string, phase = '', force = false): void {
    if (phase !== this.phase) {
      this.phase = phase;
      this.nextPercent = 0;
    }
    const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
    const now = Date.now();
    if (!force && percent < this.nextPercent && now - this.lastLine < this.everyMs) return;
    this.lastLine = now;
    this.nextPercent = (Math.floor(percent / this.everyPercent) + 1) * this.everyPercent;
    this.write(`${String(percent).padStart(3)}% ${detail}`);
  }
}
