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
 * Of the points, those that adding would change: off the beat and not
 * pending yet, or on it but marked for removal. Each once.
 */
export function addablePoints(
  edit: BeatEdit,
  onBeat: ReadonlySet<number>,
  points: readonly PendingPoint[],
): PendingPoint[] {
  const adding = new Set(edit.add.map((p) => p.id));
  const seen = new Set<number>();
  return points.filter((p) => {
    if (seen.has(p.id)) return false;
    seen.add(p.id);
    return onBeat.has(p.id) ? edit.remove.includes(p.id) : !adding.has(p.id);
  });
}

/** The edit with these points added: new ones pending, ones marked for removal kept instead. */
export function withAdded(
  edit: BeatEdit,
  onBeat: ReadonlySet<number>,
  points: readonly PendingPoint[],
): BeatEdit {
  const addable = addablePoints(edit, onBeat, points);
  const kept = new Set(addable.filter((p) => onBeat.has(p.id)).map((p) => p.id));
  return {
    add: [...edit.add, ...addable.filter((p) => !onBeat.has(p.id))],
    remove: edit.remove.filter((id) => !kept.has(id)),
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
