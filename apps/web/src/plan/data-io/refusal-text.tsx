import { usePlanText } from "../i18n/use-plan-text.ts";
import type { ImportControl } from "./import-rules.ts";
import type { ImportSession } from "./use-import-session.ts";

/** The server's refusal, in the page's language, beside the control it is about. */
export function RefusalText({ session, control }: { session: ImportSession; control: ImportControl }) {
  const { locale } = usePlanText();
  const refusal = session.refusal;
  if (!refusal || refusal.control !== control) return null;
  return (
    <p className="lp-plan-warn" role="alert" data-testid={`import-refusal-${control}`}>
      {refusal.failure.text(locale)}
    </p>
  );
}
