import { SELECTABLE_LAYERS, type SelectableLayer } from "@lianpian/domain";

/** A feature the planner selected on the map, by layer and row id. */
export interface SelectedRef {
  layer: SelectableLayer;
  id: string;
  name: string;
}

export const isSelectableLayer = (layer: unknown): layer is SelectableLayer =>
  SELECTABLE_LAYERS.includes(layer as SelectableLayer);

const same = (a: SelectedRef, b: SelectedRef) => a.layer === b.layer && a.id === b.id;

/** A selected feature's name from its attributes, or `#id` when they hold none (low-zoom tiles carry no names). */
export function nameOf(properties: Readonly<Record<string, unknown>>, id: string | number): string {
  const name = [properties.name_zh, properties.mine_name, properties.name].find(
    (v) => typeof v === "string" && v !== "",
  );
  return String(name ?? `#${id}`);
}

/**
 * The selection with that feature's name replaced, e.g. once its full record
 * has arrived; the same array when nothing changes (no re-render).
 */
export function renamed(selection: SelectedRef[], ref: SelectedRef): SelectedRef[] {
  if (!selection.some((s) => same(s, ref) && s.name !== ref.name)) return selection;
  return selection.map((s) => (same(s, ref) ? ref : s));
}

/**
 * The selection after a click: a plain click selects only that feature (or
 * nothing); Shift+click adds it, or removes it if it was selected already.
 */
export function pick(
  selection: readonly SelectedRef[],
  ref: SelectedRef | null,
  additive: boolean,
): SelectedRef[] {
  if (!ref) return additive ? [...selection] : [];
  if (!additive) return [ref];
  return selection.some((s) => same(s, ref)) ? selection.filter((s) => !same(s, ref)) : [...selection, ref];
}

/** The selection with more features added (a lasso), each once. */
export function addAll(selection: readonly SelectedRef[], refs: readonly SelectedRef[]): SelectedRef[] {
  const out = [...selection];
  for (const r of refs) if (!out.some((s) => same(s, r))) out.push(r);
  return out;
}

/** The API's operand form of a selection. */
export function asFeatureRefs(selection: readonly SelectedRef[]) {
  return selection.map((s) => ({
    layer: s.layer,
    id: /^\d+$/.test(s.id) && s.layer !== "counties" ? Number(s.id) : s.id,
  }));
}
