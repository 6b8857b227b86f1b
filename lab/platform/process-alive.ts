// Whether a process id still names a running process on this machine: the run store uses it to mark
// runs of a killed process as interrupted, the dataset cache to clear a killed import's litter.
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    // Signal 0 checks that the process exists without disturbing it.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
