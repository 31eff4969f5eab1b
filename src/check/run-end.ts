// Work that waits for the end of a run (the TypeScript compiler's code cache, written once it also
// holds what the run compiled): registered by the module that needs it, done by the pipeline when
// the run's files are checked. A library must not hook process exit, so nothing here does.
const tasks = new Set<() => void>();

/** Runs `task` once at the end of the current run (or the next one, if none is under way). */
export function atRunEnd(task: () => void): void {
  tasks.add(task);
}

/** Does what waits for the end of the run; a failing task does not stop the others. */
export function endOfRun(): void {
  const due = [...tasks];
  tasks.clear();
  for (const task of due) {
    try {
      task();
    } catch {
      /* a cache that cannot be written only costs the next run time */
    }
  }
}
