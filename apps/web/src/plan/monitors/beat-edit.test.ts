import { describe, expect, it } from "vitest";
import {
  addablePoints,
  changeOf,
  isEmptyEdit,
  NO_EDIT,
  withAdded,
  withoutAddition,
  withRemovalToggled,
} from "./beat-edit.ts";

const onBeat = new Set([1, 2]);

describe("beat edits", () => {
  it("adds only points not on the beat yet, once each", () => {
    const edit = withAdded(NO_EDIT, onBeat, [
      { id: 2, name: "B" },
      { id: 3, name: "C" },
      { id: 3, name: "C" },
    ]);
    expect(edit.add).toEqual([{ id: 3, name: "C" }]);
    expect(
      withAdded(edit, onBeat, [
        { id: 3, name: "C" },
        { id: 4, name: "D" },
      ]).add.map((p) => p.id),
    ).toEqual([3, 4]);
  });

  it("marks a beat point for removal and keeps it again on a second toggle", () => {
    const marked = withRemovalToggled(NO_EDIT, 1);
    expect(changeOf(marked)).toEqual({ add: [], remove: [1] });
    expect(isEmptyEdit(withRemovalToggled(marked, 1))).toBe(true);
  });

  it("adding a point marked for removal keeps it on the beat instead", () => {
    const marked = withRemovalToggled(NO_EDIT, 2);
    expect(withAdded(marked, onBeat, [{ id: 2, name: "B" }])).toEqual({ add: [], remove: [] });
  });

  it("counts as addable only the points that adding would change", () => {
    const edit = withRemovalToggled(withAdded(NO_EDIT, onBeat, [{ id: 3, name: "C" }]), 1);
    const picked = [1, 2, 3, 4, 4].map((id) => ({ id, name: `#${id}` }));
    // 1 is marked for removal (adding keeps it), 2 is on the beat, 3 is pending, 4 is new
    expect(addablePoints(edit, onBeat, picked).map((p) => p.id)).toEqual([1, 4]);
  });

  it("drops a pending addition", () => {
    const edit = withAdded(NO_EDIT, onBeat, [{ id: 5, name: "E" }]);
    expect(changeOf(withoutAddition(edit, 5))).toEqual({ add: [], remove: [] });
  });
});
