import { createContext, useContext } from "react";
import type { PlannerStore } from "./use-planner-store.ts";

/** The workspace's shared state (map, selection, notice, visibility, zone session, drawing) for its tabs. */
export const PlannerContext = createContext<PlannerStore | null>(null);

export function usePlanner(): PlannerStore {
  const store = useContext(PlannerContext);
  if (!store) throw new Error("usePlanner outside the planner's workspace");
  return store;
}
