import type { PlanMessageKey } from "../i18n/plan-messages.ts";

export const TABS = [
  "draw",
  "zones",
  "proposals",
  "monitors",
  "alerts",
  "import",
  "review",
  "rules",
] as const;
export type Tab = (typeof TABS)[number];

/** The tabs labelled from the planner's catalogue (review and rules bring their own labels). */
export const TAB_LABELS = {
  draw: "tabDraw",
  zones: "tabZones",
  proposals: "tabProposals",
  monitors: "tabMonitors",
  alerts: "tabAlerts",
  import: "tabImport",
} as const satisfies Record<Exclude<Tab, "review" | "rules">, PlanMessageKey>;
