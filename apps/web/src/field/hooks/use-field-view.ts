import { useSyncExternalStore } from "react";

/** The field face's screens, kept in the URL's hash so a reload (offline too) stays on the same one. */
export type FieldView =
  | { name: "nearby" }
  | { name: "map"; focus: number | null }
  | { name: "outbox" }
  | { name: "offline" }
  | { name: "tasks" }
  | { name: "day" }
  | { name: "card"; id: number }
  | { name: "inspect"; id: number; task?: number };

/** The view a hash names; anything unknown is the nearby list. */
export function parseFieldView(hash: string): FieldView {
  const [name, arg, taskArg] = hash.replace(/^#/, "").split("/");
  const id = Number(arg);
  const task = Number(taskArg);
  const hasId = Number.isInteger(id) && id > 0;
  if (name === "map") return { name: "map", focus: hasId ? id : null };
  if (name === "outbox") return { name: "outbox" };
  if (name === "offline") return { name: "offline" };
  if (name === "tasks") return { name: "tasks" };
  if (name === "day") return { name: "day" };
  if (name === "card" && hasId) return { name: "card", id };
  if (name === "inspect" && hasId)
    return Number.isInteger(task) && task > 0 ? { name: "inspect", id, task } : { name: "inspect", id };
  return { name: "nearby" };
}

/** The hash of a view. */
export function fieldHash(view: FieldView): string {
  switch (view.name) {
    case "card":
      return `#card/${view.id}`;
    case "inspect":
      return view.task ? `#inspect/${view.id}/${view.task}` : `#inspect/${view.id}`;
    case "map":
      return view.focus === null ? "#map" : `#map/${view.focus}`;
    default:
      return `#${view.name}`;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

/** The current view, re-rendering on every hash change (back button included). */
export function useFieldView(): FieldView {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseFieldView(hash);
}

/** Opens a view (a new history entry, so the phone's back button returns). */
export function openView(view: FieldView): void {
  window.location.hash = fieldHash(view);
}
