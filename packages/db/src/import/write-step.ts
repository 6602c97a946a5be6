import type { ImportCounts } from "./import-result.ts";

/** Records how many rows a table took and tells the progress callback. */
export type Step = (name: keyof ImportCounts, rows: Promise<number>) => Promise<void>;

/** The two provenance columns every entity has (append to a spec), and their values. */
export const P = " data_source:text remarks:text";
export const provenance = (r: { data_source: string; remarks?: string | null }) => [
  r.data_source,
  r.remarks ?? null,
];
