import { useCallback, useRef, useState } from "react";
import { ApiFailure } from "../../platform/api-client.ts";
import { importApi, type Upload, type UploadOptions, uploadImport } from "./import-api.ts";
import { controlOf, type ImportControl } from "./import-rules.ts";
import type {
  CommitOptions,
  CommitResult,
  ImportChange,
  StagedFeatures,
  StagedImport,
} from "./import-types.ts";

/** A refusal from the server, with the control it is shown beside. */
interface Refusal {
  control: ImportControl;
  failure: ApiFailure;
}

export interface ImportSession {
  /** Bytes sent of the upload under way. */
  progress: { sent: number; total: number } | null;
  staged: StagedImport | null;
  features: StagedFeatures | null;
  /** The control whose request is under way. */
  busy: ImportControl | null;
  refusal: Refusal | null;
  result: CommitResult | null;
  upload(file: File, layer: string, options: UploadOptions): void;
  cancelUpload(): void;
  change(control: ImportControl, change: ImportChange): void;
  commit(options: CommitOptions): void;
  /** Takes up a staged import again (from the history). */
  resume(id: number): void;
  reset(): void;
}

const asFailure = (e: unknown) =>
  e instanceof ApiFailure ? e : new ApiFailure(0, "client", String(e), String(e), null);

/** One import from file to commit: the staged state the server holds, and what the user is waiting on. */
export function useImportSession(
  onCommitted: (staged: StagedImport, result: CommitResult) => void,
): ImportSession {
  const [progress, setProgress] = useState<ImportSession["progress"]>(null);
  const [staged, setStaged] = useState<StagedImport | null>(null);
  const [features, setFeatures] = useState<StagedFeatures | null>(null);
  const [busy, setBusy] = useState<ImportControl | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [result, setResult] = useState<CommitResult | null>(null);
  const upload = useRef<Upload | null>(null);
  const committed = useRef(onCommitted);
  committed.current = onCommitted;

  // a reply is shown at once; its features follow onto the map
  const show = useCallback(async (next: StagedImport) => {
    setStaged(next);
    try {
      setFeatures(await importApi.features(next.id));
    } catch (e) {
      setFeatures(null);
      throw e;
    }
  }, []);

  const run = useCallback(async (control: ImportControl, work: () => Promise<void>) => {
    setBusy(control);
    setRefusal(null);
    try {
      await work();
    } catch (e) {
      const failure = asFailure(e);
      if (failure.code !== "aborted") setRefusal({ control: controlOf(failure, control), failure });
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }, []);

  return {
    progress,
    staged,
    features,
    busy,
    refusal,
    result,
    upload: (file, layer, options) => {
      setResult(null);
      setStaged(null);
      setFeatures(null);
      setProgress({ sent: 0, total: file.size });
      void run("file", async () => {
        upload.current = uploadImport(file, layer, options, (sent, total) => setProgress({ sent, total }));
        const reply = await upload.current.done;
        upload.current = null;
        setProgress(null);
        await show(reply);
      });
    },
    cancelUpload: () => upload.current?.abort(),
    change: (control, change) => {
      if (!staged) return;
      void run(control, async () => show(await importApi.change(staged.id, change)));
    },
    commit: (options) => {
      if (!staged) return;
      void run("commit", async () => {
        const r = await importApi.commit(staged.id, options);
        setResult(r);
        setStaged({ ...staged, status: "committed" });
        committed.current(staged, r);
      });
    },
    resume: (id) => {
      setResult(null);
      void run("file", async () => show(await importApi.get(id)));
    },
    reset: () => {
      upload.current?.abort();
      // a staged import left behind is dropped on the server too; a committed one stays in the history
      if (staged?.status === "staged") importApi.undo(staged.id).catch(() => {});
      setStaged(null);
      setFeatures(null);
      setRefusal(null);
      setResult(null);
    },
  };
}
