// Undo/redo over snapshots. Each entry is a complete state, so undo never depends on how a change was made.
// Memory: at most `capacity` snapshots on each side; the oldest is dropped first.

export class History<S> {
  private readonly past: S[] = [];
  private readonly future: S[] = [];

  constructor(private readonly capacity = 50) {
    if (capacity < 1) throw new RangeError("History capacity must be at least 1");
  }

  /** Records the state before a change; a new change forgets what could have been redone. */
  record(before: S): void {
    this.past.push(before);
    if (this.past.length > this.capacity) this.past.shift();
    this.future.length = 0;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Returns the state to restore, given the current one (kept for redo); undefined when nothing to undo. */
  undo(current: S): S | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(current);
    return previous;
  }

  redo(current: S): S | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(current);
    return next;
  }

  clear(): void {
    this.past.length = 0;
    this.future.length = 0;
  }
}
