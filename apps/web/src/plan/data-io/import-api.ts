import { ApiFailure, call, failureOf } from "../../platform/api-client.ts";
import type {
  CommitOptions,
  CommitResult,
  FieldMapping,
  ImportChange,
  ImportRecord,
  SavedMapping,
  StagedFeatures,
  StagedImport,
} from "./import-types.ts";

/** What an upload sends besides the file (all optional: the server detects what it can). */
export interface UploadOptions {
  encoding?: string;
  crs?: string;
  mapping?: FieldMapping;
  /** The GeoPackage layer to read. */
  sourceLayer?: string;
}

/** An upload under way: its reply, and a way to stop it. */
export interface Upload {
  done: Promise<StagedImport>;
  abort(): void;
}

/**
 * Stages a file: XMLHttpRequest rather than fetch, because only it reports how much of the
 * body has gone (a large shapefile takes a while on a county office's line).
 */
export function uploadImport(
  file: File,
  layer: string,
  options: UploadOptions,
  onProgress: (sent: number, total: number) => void,
): Upload {
  const form = new FormData();
  if (options.encoding) form.append("encoding", options.encoding);
  if (options.crs) form.append("crs", options.crs);
  if (options.mapping) form.append("mapping", JSON.stringify(options.mapping));
  if (options.sourceLayer) form.append("layer", options.sourceLayer);
  form.append("file", file, file.name); // last: the server reads the fields before the file's bytes
  const xhr = new XMLHttpRequest();
  const done = new Promise<StagedImport>((resolve, reject) => {
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      let json: unknown = {};
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // a proxy's HTML page: the status says enough
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(json as StagedImport);
      else reject(failureOf(xhr.status, json));
    };
    xhr.onerror = () =>
      reject(new ApiFailure(0, "network", "网络错误，上传未完成", "Network error: upload incomplete", null));
    xhr.onabort = () => reject(new ApiFailure(0, "aborted", "上传已取消", "Upload cancelled", null));
  });
  xhr.open("POST", `/api/imports?layer=${encodeURIComponent(layer)}`);
  xhr.withCredentials = true;
  xhr.send(form);
  return { done, abort: () => xhr.abort() };
}

export const importApi = {
  get: (id: number) => call<StagedImport>("GET", `/api/imports/${id}`),
  change: (id: number, change: ImportChange) => call<StagedImport>("PATCH", `/api/imports/${id}`, change),
  features: (id: number) => call<StagedFeatures>("GET", `/api/imports/${id}/features`),
  commit: (id: number, options: CommitOptions) =>
    call<CommitResult>("POST", `/api/imports/${id}/commit`, options),
  undo: (id: number) => call<unknown>("DELETE", `/api/imports/${id}`),
  list: () =>
    call<{ imports: ImportRecord[] } | ImportRecord[]>("GET", "/api/imports").then((r) =>
      Array.isArray(r) ? r : r.imports,
    ),
  savedMapping: (layer: string) =>
    call<SavedMapping>("GET", `/api/import-mappings/${encodeURIComponent(layer)}`).catch((e: unknown) => {
      if (e instanceof ApiFailure && e.status === 404) return null;
      throw e;
    }),
  saveMapping: (layer: string, mapping: FieldMapping) =>
    call<SavedMapping>("PUT", `/api/import-mappings/${encodeURIComponent(layer)}`, { mapping }),
};
