// A one-line terminal progress bar with ETA, redrawn in place. Only used on a TTY; pipes get
// plain lines (or JSON with --json).
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export function renderBar(fraction: number, width: number): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  const filled = Math.round(clamped * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(clamped * 100).toFixed(0).padStart(3)}%`;
}

export class ProgressBar {
  private lastDraw = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(fraction: number, detail: string, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < 80) return;
    this.lastDraw = now;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - detail.length - 10));
    this.stream.write(`\r${renderBar(fraction, width)} ${detail}\x1b[K`);
  }

  finish(): void {
    this.stream.write('\n');
  }
}
