import type { FieldTask } from "@lianpian/domain";
import { useEffect, useState } from "react";
import { card as fetchCard, tasks as fetchTasks } from "../api/field-api.ts";
import { cachedCard, saveCards } from "../store/cards-store.ts";
import { readMeta, writeMeta } from "../store/field-db.ts";

export interface TasksState {
  tasks: FieldTask[];
  /** when the list was fetched (it is a copy when offline) */
  savedAt: number | null;
  fromCache: boolean;
}

/**
 * The monitor's open tasks: fetched when online and kept on the phone with
 * the cards of their points, so a task can be answered with no signal.
 * `answersSent` counts the task answers the outbox has delivered: each one
 * closed a task on the server, so the list is fetched again.
 */
export function useTasks(userId: number, online: boolean, answersSent = 0): TasksState {
  const [state, setState] = useState<TasksState>({ tasks: [], savedAt: null, fromCache: true });
  // biome-ignore lint/correctness/useExhaustiveDependencies: answersSent only asks for a fresh list
  useEffect(() => {
    let live = true;
    (async () => {
      const kept = await readMeta("tasks");
      if (live && kept?.userId === userId)
        setState({ tasks: kept.tasks, savedAt: kept.savedAt, fromCache: true });
      if (!online) return;
      try {
        const fresh = await fetchTasks();
        const savedAt = Date.now();
        await writeMeta("tasks", { savedAt, userId, tasks: fresh });
        if (live) setState({ tasks: fresh, savedAt, fromCache: false });
        for (const t of fresh) {
          if (await cachedCard(t.hazard_id)) continue;
          const reply = await fetchCard(t.hazard_id);
          if (reply.private) await saveCards([reply.card]);
        }
      } catch (error) {
        console.warn("[tasks]", error);
      }
    })();
    return () => {
      live = false;
    };
  }, [userId, online, answersSent]);
  return state;
}
