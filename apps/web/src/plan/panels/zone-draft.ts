import type { Zone, ZoneTask, ZoneYear } from "@lianpian/domain";

/** The editable attributes of a zone, as the form holds them. */
export interface ZoneDraft {
  code: string;
  name_zh: string;
  zone_type: string;
  phase: string;
  implementation_mode: string;
  budget_wan: string;
  tasks: ZoneTask[];
  yearly: ZoneYear[];
}

export const EMPTY_DRAFT: ZoneDraft = {
  code: "",
  name_zh: "",
  zone_type: "contiguous_mine",
  phase: "",
  implementation_mode: "",
  budget_wan: "",
  tasks: [],
  yearly: [],
};

/** The form's view of a saved zone. */
export function draftOf(zone: Zone): ZoneDraft {
  return {
    code: zone.code,
    name_zh: zone.name_zh,
    zone_type: zone.zone_type,
    phase: zone.phase,
    implementation_mode: zone.implementation_mode ?? "",
    budget_wan: zone.budget_wan === null ? "" : String(zone.budget_wan),
    tasks: zone.tasks,
    yearly: zone.yearly,
  };
}

/**
 * The request body of a draft: blanks left out on create (the server fills
 * in code and phase), sent as null on update where the column may be empty.
 */
export function bodyOf(draft: ZoneDraft, creating: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name_zh: draft.name_zh.trim(),
    zone_type: draft.zone_type,
    tasks: draft.tasks,
    yearly: draft.yearly,
  };
  if (draft.code.trim()) body.code = draft.code.trim().toUpperCase();
  if (draft.phase) body.phase = draft.phase;
  if (draft.implementation_mode) body.implementation_mode = draft.implementation_mode;
  else if (!creating) body.implementation_mode = null;
  if (draft.budget_wan.trim()) body.budget_wan = Number(draft.budget_wan);
  else if (!creating) body.budget_wan = null;
  return body;
}
