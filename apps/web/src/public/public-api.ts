import type {
  ConfigReply,
  DashboardReply,
  PlanFigure as PlanFigureReply,
  ProgressReply,
  ProgressState,
  RegionsReply,
  ReportStatusReply,
} from "@lianpian/domain";
import { apiJson, queryString } from "../platform/api-client.ts";
/**
 * The public face's calls to the API, with the reply shapes it reads (the
 * API's TypeBox schemas in apps/api/src/schemas are the full contract).
 */

export type PlanFigure = PlanFigureReply;
export type Dashboard = DashboardReply;
export type { ProgressState };
export type Progress = ProgressReply;
export type PublicConfig = ConfigReply;
export type RegionFeature = RegionsReply["features"][number];
export type { ReportStatusReply };

export const publicApi = {
  config: (signal?: AbortSignal) => apiJson<PublicConfig>("/api/public/config", { signal }),
  dashboard: (county: string | null, year: number | null, signal?: AbortSignal) =>
    apiJson<Dashboard>(`/api/public/dashboard${queryString({ county, year })}`, { signal }),
  progress: (county: string | null, year: number | null, signal?: AbortSignal) =>
    apiJson<Progress>(`/api/public/progress${queryString({ county, year })}`, { signal }),
  regions: (signal?: AbortSignal) =>
    apiJson<{ features: RegionFeature[] }>("/api/public/regions", { signal }),
  report: (body: unknown) =>
    apiJson<ReportStatusReply>("/api/public/reports", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  track: (code: string) => apiJson<ReportStatusReply>(`/api/public/reports/${encodeURIComponent(code)}`),
};
