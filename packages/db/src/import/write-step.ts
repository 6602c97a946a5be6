import type { ImportCounts } from "./import-result.ts";

/** Records how many rows a table took and tells the progress callback. */
export type Step = (name: keyof ImportCounts, rows: Promise<number>) => Promise<void>;

/** Column names from one line of fixed text (never from the bundle). */
export const cols = (names: string): string[] => names.split(" ");

/** The two provenance columns every entity has, and their values. */
export const P = ["data_source", "remarks"];
export const provenance = (r: { data_source: string; remarks?: string | null }) => [
  r.data_source,
  r.remarks ?? null,
];
