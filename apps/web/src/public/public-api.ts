import { apiJson, queryString } from "../platform/api-client.ts";
/**
 * The public face's calls to the API, with the reply shapes it reads (the
 * API's TypeBox schemas in apps/api/src/schemas are the full contract).
 */

export interface PlanFigure {
  region_code: string;
  region_name_zh: string;
  region_name_en: string;
  indicator: string;
  year: number;
  kind: "target" | "reported" | string;
  value: number;
  unit: string;
  period_start: number | null;
  is_real: boolean;
  source_document: string;
  source_detail: string | null;
}

interface Actuals {
  demo: boolean;
  data_sources: string[];
}

export interface Dashboard {
  year: number;
  county: { code: string; name_zh: string; name_en: string } | null;
  subsidence: Actuals & {
    years: { year: number; treated_m2: number; planned_m2: number }[];
    treated_before_m2: number;
    treated_by_year_m2: number;
    total_m2: number;
    area_count: number;
    plan: PlanFigure[];
  };
  swc: {
    rows: {
      code: string;
      name_zh: string;
      name_en: string;
      level: string;
      rate_now: number | null;
      rate_now_year: number | null;
      demo: boolean;
      targets: { year: number; value: number; is_real: boolean; source_document: string }[];
    }[];
  };
  green_mines: Actuals & {
    by_scale: {
      scale_class: string;
      producing: number;
      green: number;
      submitted: number;
      rate_pct: number | null;
    }[];
    by_year: { year: number; green: number; rate_pct: number | null }[];
    targets: PlanFigure[];
  };
  swc_by_year: {
    code: string;
    name_zh: string;
    name_en: string;
    records: { year: number; rate_pct: number }[];
    rate_at_year: { year: number; rate_pct: number } | null;
    target_2025: number | null;
    target_2035: number | null;
    source_document: string | null;
  }[];
  green_by_county: {
    year: number;
    demo: boolean;
    counties: {
      code: string;
      name_zh: string;
      name_en: string;
      producing: number;
      green: number;
      rate_pct: number | null;
    }[];
    goal: PlanFigure | null;
    source_document: string | null;
  };
  check_dams: Actuals & {
    by_condition_risk: { condition: string; risk_level: string; dams: number; storage_wan_m3: number }[];
    source_document: string | null;
  };
  other_plans: { region: { code: string; name_zh: string; name_en: string }; figures: PlanFigure[] }[];
  zones: Actuals & {
    by_status_phase: { status: string; phase: string; zones: number; area_m2: number }[];
    by_year: { year: number; planned_m2: number; done_m2: number }[];
  };
  hazards: Actuals & {
    by_grade: { grade: string; points: number; threatened_people: number }[];
    by_grade_measure: { grade: string; measure: string; points: number }[];
    reference: PlanFigure[];
  };
  restoration: Actuals & {
    pits: { state: string; pits: number; area_m2: number }[];
    corridors: { status: string; corridors: number; length_m: number }[];
  };
}

export type ProgressState = "later" | "planned" | "in_progress" | "done";

export interface Progress {
  year: number;
  zones: { id: number; state: ProgressState; area_m2: number }[];
  subsidence: { id: number; state: ProgressState; area_m2: number }[];
  zone_planned_m2: number;
  zone_done_m2: number;
}

export interface PublicConfig {
  map_review_number: string | null;
  years: { first: number; last: number; current: number };
  counties: { code: string; name_zh: string; name_en: string; bbox: [number, number, number, number] }[];
  limits: {
    text_max_chars: number;
    text_min_chars: number;
    contact_max_chars: number;
    photo_max_bytes: number;
  };
}

export interface RegionFeature {
  type: "Feature";
  id: string;
  geometry: { type: string; coordinates: unknown } | null;
  properties: { code: string; name_zh: string; name_en: string; level: string; approximate: boolean };
}

export interface ReportStatusReply {
  tracking_code: string;
  status: string;
  status_zh: string;
  status_en: string;
  public_reply?: string | null;
  status_changed_at?: string;
}

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
