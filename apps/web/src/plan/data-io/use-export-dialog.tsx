import { type ReactNode, useCallback, useState } from "react";
import { ExportDialog } from "./export-dialog.tsx";
import type { ExportTarget } from "./export-request.ts";

/** The export dialog of a face: `open` it for a layer or a zone, and render `dialog` once anywhere. */
export function useExportDialog(): { open(target: ExportTarget, title: string): void; dialog: ReactNode } {
  const [shown, setShown] = useState<{ target: ExportTarget; title: string } | null>(null);
  const open = useCallback((target: ExportTarget, title: string) => setShown({ target, title }), []);
  const dialog = shown && (
    <ExportDialog target={shown.target} title={shown.title} onClose={() => setShown(null)} />
  );
  return { open, dialog };
}
