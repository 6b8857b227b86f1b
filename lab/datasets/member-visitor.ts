// How an importer sees a source, whether an archive or a folder: a sequence of members (files), each
// offered to a visitor that either skips it or returns a sink for its bytes. A sink's end() may return
// a promise (an image being decoded on sharp's threads); PendingWork bounds how many are in flight, so
// reading pauses while the decoders catch up and memory stays flat.
import { importErrorAt, type DatasetImportError } from './dataset-import-error';

export interface Member {
  /** Path inside the source, '/'-separated, without a leading './'. */
  path: string;
  size: number;
}

export interface MemberSink {
  write(chunk: Uint8Array): void;
  end(): void | Promise<void>;
}

/** Returns a sink for the member's bytes, or null to skip it. May throw to reject the source. */
export type MemberVisitor = (member: Member) => MemberSink | null;

/** Progress of the reading itself: bytes of an archive or files of a folder. */
export type ReadProgress = (done: number, total: number) => void;

export function normalizeMemberPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
}

/** The work started for members that has not finished yet, and the first failure, if any. */
export class PendingWork {
  private inFlight = 0;
  // Waiters are woken on every completion. (Promise.race over the pending set would hang a new
  // reaction on every pending promise at each wait: quadratic once thousands are in flight.)
  private waiters: (() => void)[] = [];
  failure: DatasetImportError | null = null;

  constructor(
    private readonly source: string,
    private readonly limit: number,
  ) {}

  fail(member: string | null, error: unknown): void {
    this.failure ??= importErrorAt(this.source, member, error);
  }

  track(member: string, work: Promise<void>): void {
    this.inFlight++;
    work.then(
      () => this.settle(),
      (error: unknown) => {
        this.fail(member, error);
        this.settle();
      },
    );
  }

  /** Waits while `limit` members are still being worked on. */
  async waitForRoom(): Promise<void> {
    while (this.inFlight >= this.limit && !this.failure) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  async drain(): Promise<void> {
    while (this.inFlight > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private settle(): void {
    this.inFlight--;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/** Feeds one member's bytes to the visitor's sink; any throw becomes the work's failure, naming the member. */
export function offerMember(work: PendingWork, visit: MemberVisitor, member: Member): MemberSink | null {
  if (work.failure) return null;
  let sink: MemberSink | null;
  try {
    sink = visit(member);
  } catch (error) {
    work.fail(member.path, error);
    return null;
  }
  if (!sink) return null;
  const inner = sink;
  let broken = false;
  return {
    write(chunk) {
      if (broken) return;
      try {
        inner.write(chunk);
      } catch (error) {
        broken = true;
        work.fail(member.path, error);
      }
    },
    end() {
      if (broken) return;
      try {
        const result = inner.end();
        if (result) work.track(member.path, result);
      } catch (error) {
        work.fail(member.path, error);
      }
    },
  };
}
