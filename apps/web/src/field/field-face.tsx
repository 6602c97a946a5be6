import "./field.css";
import "./field-views.css";
import { can } from "@lianpian/domain";
import { lazy, Suspense, useEffect } from "react";
import { FieldMain } from "./field-main.tsx";
import { useSession } from "./hooks/use-session.ts";
import { linkManifest, registerServiceWorker } from "./pwa/register-pwa.ts";
import { LoginView } from "./views/login-view.tsx";

// Only a planner or reviewer who came over with their session sees it: not in the first download.
const NotAMonitorView = lazy(() =>
  import("./views/not-a-monitor-view.tsx").then((m) => ({ default: m.NotAMonitorView })),
);

/**
 * /field: the face for hazard monitors on a phone, working with or without
 * signal. An installable app (manifest + service worker); data the user
 * needs offline lives in IndexedDB (store/), inspections go through the
 * outbox (outbox/).
 */
export function FieldFace() {
  const session = useSession();
  useEffect(() => {
    linkManifest();
    void registerServiceWorker();
  }, []);
  if (session.user === undefined) return <main className="lpf" data-testid="field-face" />;
  if (session.user === null)
    return (
      <main className="lpf" data-testid="field-face">
        <LoginView onLogin={session.login} />
      </main>
    );
  if (!can(session.user.role, "inspections.write"))
    return (
      <main className="lpf" data-testid="field-face">
        <Suspense fallback={null}>
          <NotAMonitorView user={session.user} onLogout={session.logout} />
        </Suspense>
      </main>
    );
  return <FieldMain user={session.user} onLogout={session.logout} />;
}
