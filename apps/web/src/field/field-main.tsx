import type { HazardCard } from "@lianpian/domain";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { DaySort } from "./day/day-rows.ts";
import { useMyDay } from "./day/use-my-day.ts";
import { useCard } from "./hooks/use-card.ts";
import { type FieldView, openView, useFieldView } from "./hooks/use-field-view.ts";
import { useFormCard } from "./hooks/use-form-card.ts";
import { useNearest } from "./hooks/use-nearest.ts";
import { useOnline } from "./hooks/use-online.ts";
import { useOutbox } from "./hooks/use-outbox.ts";
import { usePosition } from "./hooks/use-position.ts";
import { useTasks } from "./hooks/use-tasks.ts";
import type { FieldMessageKey } from "./i18n/field-messages.ts";
import { useFieldText } from "./i18n/use-field-text.ts";
import { downloadHazardPack } from "./offline/hazard-pack.ts";
import { persistStorage } from "./offline/persist-storage.ts";
import { updateItem } from "./outbox/outbox-store.ts";
import { OutboxSync } from "./outbox/outbox-sync.ts";
import { allCards } from "./store/cards-store.ts";
import { readMeta, type SessionUser } from "./store/field-db.ts";
import { CardView } from "./views/card-view.tsx";
import { type NearbyFilter, NearbyView } from "./views/nearby-view.tsx";
import { PositionBar } from "./views/position-bar.tsx";

// The inspection form, the map (MapLibre) and the tabs besides the list are not in the first download:
// they load right after the first view (and the service worker precaches them), so an offline phone has them.
const views = {
  inspect: () => import("./views/inspection-form.tsx"),
  day: () => import("./views/day-view.tsx"),
  offline: () => import("./views/offline-view.tsx"),
  outbox: () => import("./views/outbox-view.tsx"),
  tasks: () => import("./views/tasks-view.tsx"),
  map: () => import("./map/field-map.tsx"),
};
const InspectionForm = lazy(() => views.inspect().then((m) => ({ default: m.InspectionForm })));
const DayView = lazy(() => views.day().then((m) => ({ default: m.DayView })));
const OfflineView = lazy(() => views.offline().then((m) => ({ default: m.OfflineView })));
const OutboxView = lazy(() => views.outbox().then((m) => ({ default: m.OutboxView })));
const TasksView = lazy(() => views.tasks().then((m) => ({ default: m.TasksView })));
const FieldMap = lazy(() => views.map().then((m) => ({ default: m.FieldMap })));

const TABS: { view: FieldView; label: FieldMessageKey }[] = [
  { view: { name: "nearby" }, label: "tabNearby" },
  { view: { name: "day" }, label: "tabDay" },
  { view: { name: "tasks" }, label: "tabTasks" },
  { view: { name: "map", focus: null }, label: "tabMap" },
  { view: { name: "outbox" }, label: "tabOutbox" },
  { view: { name: "offline" }, label: "tabOffline" },
];

/** The logged-in field face: status line, the current view, the tab bar. */
export function FieldMain({ user, onLogout }: { user: SessionUser; onLogout(): void }) {
  useEffect(() => {
    for (const load of Object.values(views)) void load().catch(() => {});
  }, []);
  const { t } = useFieldText();
  const online = useOnline();
  const position = usePosition();
  const view = useFieldView();
  const items = useOutbox();
  const sync = useRef<OutboxSync | null>(null);
  const [filter, setFilter] = useState<NearbyFilter>({ onlyMine: false, alertLevels: [] });
  const [picking, setPicking] = useState(false);
  const [daySort, setDaySort] = useState<DaySort>("distance");
  const day = useMyDay(user.id, online, items, position.lngLat, daySort);
  const nearest = useNearest(position.lngLat, filter.onlyMine, filter.alertLevels, online);
  const answersSent = items.filter((i) => i.state === "done" && i.body.task_id).length;
  const tasks = useTasks(user.id, online, answersSent);
  // tasks answered by an inspection still in the outbox (closed on the server once it is sent)
  const recorded = new Set(items.flatMap((i) => (i.body.task_id ? [i.body.task_id] : [])));
  const openTasks = tasks.tasks.filter((t) => !recorded.has(t.id)).length;

  useEffect(() => {
    const s = new OutboxSync(user.id);
    sync.current = s;
    return s.start();
  }, [user.id]);
  useEffect(() => {
    if (items.some((i) => i.state === "waiting")) sync.current?.kick();
  }, [items]);
  // Unsent inspections and the pack must survive the browser's storage pressure.
  useEffect(() => {
    void persistStorage();
  }, []);
  // The user's own points are kept for offline use from the first online start on.
  useEffect(() => {
    if (!online) return;
    readMeta("pack")
      .then((p) => (p ? undefined : downloadHazardPack(null)))
      .catch((error) => console.warn("[pack]", error));
  }, [online]);

  const pending = items.filter((i) => i.state !== "done").length;
  const tabOf = view.name === "card" || view.name === "inspect" ? "nearby" : view.name;

  return (
    <main className="lpf lpf-main" data-testid="field-face">
      <div className="lpf-status">
        <span className={online ? "lpf-online" : "lpf-offline"} data-testid="online-state">
          {online ? t("online") : t("offline")}
        </span>
        <span className="lpf-user">{user.display_name}</span>
        <button type="button" className="lpf-small" onClick={onLogout}>
          {t("logout")}
        </button>
      </div>
      <div className="lpf-body">
        {(view.name === "nearby" || view.name === "map" || view.name === "day") && (
          <PositionBar
            state={position.state}
            onLocate={() => {
              setPicking(false);
              position.locate();
            }}
            onPick={() => {
              setPicking(true);
              openView({ name: "map", focus: null });
            }}
          />
        )}
        {/* the views besides the list are lazy chunks: one boundary for them all */}
        <Suspense fallback={null}>
          {view.name === "nearby" && (
            <NearbyView
              nearest={nearest}
              filter={filter}
              onFilter={setFilter}
              hasPosition={position.lngLat !== null}
              onOpen={(id) => openView({ name: "card", id })}
            />
          )}
          {view.name === "map" && (
            <MapScreen
              position={position.lngLat}
              focusId={view.focus}
              online={online}
              picking={picking}
              onPick={(lngLat) => {
                position.pick(lngLat);
                setPicking(false);
                openView({ name: "nearby" });
              }}
            />
          )}
          {view.name === "card" && <CardScreen id={view.id} online={online} />}
          {view.name === "inspect" && (
            <InspectScreen
              id={view.id}
              taskId={view.task ?? null}
              userId={user.id}
              online={online}
              position={position.state}
            />
          )}
          {view.name === "outbox" && (
            <OutboxView
              items={items}
              onRetry={(key) =>
                void updateItem(key, (i) => ({ ...i, state: "waiting", nextAttemptAt: 0 })).then(() =>
                  sync.current?.kick(),
                )
              }
            />
          )}
          {view.name === "offline" && <OfflineView here={position.lngLat} online={online} />}
          {view.name === "day" && (
            <DayView
              day={day}
              sort={daySort}
              onSort={setDaySort}
              onOpen={(id) => openView({ name: "card", id })}
            />
          )}
          {view.name === "tasks" && <TasksView state={tasks} recorded={recorded} />}
        </Suspense>
      </div>
      <nav className="lpf-tabs">
        {TABS.map((tab) => (
          <button
            key={tab.view.name}
            type="button"
            aria-current={tabOf === tab.view.name ? "page" : undefined}
            data-testid={`tab-${tab.view.name}`}
            onClick={() => openView(tab.view)}
          >
            {t(tab.label)}
            {tab.view.name === "outbox" && pending > 0 && <span className="lpf-badge">{pending}</span>}
            {tab.view.name === "tasks" && openTasks > 0 && (
              <span className="lpf-badge" data-testid="tasks-badge">
                {openTasks}
              </span>
            )}
          </button>
        ))}
      </nav>
      {picking && view.name === "map" && <p className="lpf-hint">{t("pickHint")}</p>}
    </main>
  );
}

function CardScreen({ id, online }: { id: number; online: boolean }) {
  const state = useCard(id, online);
  return (
    <CardView
      state={state}
      onBack={() => window.history.back()}
      onInspect={() => openView({ name: "inspect", id })}
      onMap={() => openView({ name: "map", focus: id })}
    />
  );
}

function InspectScreen({
  id,
  taskId,
  userId,
  online,
  position,
}: {
  id: number;
  taskId: number | null;
  userId: number;
  online: boolean;
  position: ReturnType<typeof usePosition>["state"];
}) {
  const { t } = useFieldText();
  const { card, loading } = useFormCard(id, online);
  if (loading) return null;
  if (!card) return <p className="lpf-note">{t("cardNotCached")}</p>;
  return (
    <InspectionForm
      card={card}
      userId={userId}
      position={position}
      taskId={taskId}
      onSaved={() => openView({ name: "outbox" })}
      onCancel={() => window.history.back()}
    />
  );
}

function MapScreen(props: {
  position: [number, number] | null;
  focusId: number | null;
  online: boolean;
  picking: boolean;
  onPick(lngLat: [number, number]): void;
}) {
  const [cards, setCards] = useState<HazardCard[]>([]);
  useEffect(() => {
    allCards().then(setCards);
  }, []);
  const focus = props.focusId === null ? null : (cards.find((c) => c.id === props.focusId) ?? null);
  return (
    <FieldMap
      position={props.position}
      cards={cards}
      focus={focus}
      picking={props.picking}
      onPick={props.onPick}
      onOpen={(id) => openView({ name: "card", id })}
    />
  );
}
