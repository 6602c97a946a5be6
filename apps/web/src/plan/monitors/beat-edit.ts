/** A point to add to a beat: its id and the name the planner saw it by. */
export interface PendingPoint {
  id: number;
  name: string;
}

/** Unsaved changes to one monitor's beat. */
export interface BeatEdit {
  add: readonly PendingPoint[];
  remove: readonly number[];
}

export const NO_EDIT: BeatEdit = { add: [], remove: [] };

/**
 * The edit with these points added: points already on the beat are skipped
 * (or kept, if they were marked for removal), points already pending too.
 */
export function withAdded(
  edit: BeatEdit,
  onBeat: ReadonlySet<number>,
  points: readonly PendingPoint[],
): BeatEdit {
  const adding = new Set(edit.add.map((p) => p.id));
  const keep = new Set(points.filter((p) => onBeat.has(p.id)).map((p) => p.id));
  const fresh = points.filter((p) => !onBeat.has(p.id) && !adding.has(p.id));
  return {
    add: [...edit.add, ...dedupe(fresh)],
    remove: edit.remove.filter((id) => !keep.has(id)),
  };
}

/** The edit with a point of the beat marked for removal, or kept again if it was marked. */
export function withRemovalToggled(edit: BeatEdit, id: number): BeatEdit {
  return {
    add: edit.add,
    remove: edit.remove.includes(id) ? edit.remove.filter((r) => r !== id) : [...edit.remove, id],
  };
}

/** The edit without a pending addition. */
export function withoutAddition(edit: BeatEdit, id: number): BeatEdit {
  return { add: edit.add.filter((p) => p.id !== id), remove: edit.remove };
}

/** The request body of the change. */
export function changeOf(edit: BeatEdit): { add: number[]; remove: number[] } {
  return { add: edit.add.map((p) => p.id), remove: [...edit.remove] };
}

export const isEmptyEdit = (edit: BeatEdit) => edit.add.length === 0 && edit.remove.length === 0;

function dedupe(points: readonly PendingPoint[]): PendingPoint[] {
  const seen = new Set<number>();
  return points.filter((p) => !seen.has(p.id) && seen.add(p.id));
}
