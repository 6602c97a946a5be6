import type { Label } from "../enums.ts";
import { damageType, implementationMode, phase, taskKind, zoneStatus, zoneType } from "../enums.ts";
import type { Zone } from "./zone.schema.ts";

/**
 * The one registry of a zone's field labels: the planner's form, the OGC
 * collection's property titles, the history and the version compare all
 * read them here.
 */
export const zoneFieldLabel = {
  code: { zh: "编号", en: "Code" },
  name_zh: { zh: "名称", en: "Name" },
  zone_type: { zh: "片区类型", en: "Zone type" },
  county_codes: { zh: "涉及县（市、区）", en: "Counties" },
  damage_types: { zh: "损毁类型", en: "Damage types" },
  restoration_m2: { zh: "修复方向面积（m²）", en: "Restoration area by direction (m²)" },
  implementation_mode: { zh: "实施模式", en: "Implementation mode" },
  phase: { zh: "期次", en: "Phase" },
  status: { zh: "状态", en: "Status" },
  budget_wan: { zh: "预算（万元）", en: "Budget (10,000 yuan)" },
  fund_sources: { zh: "资金来源", en: "Fund sources" },
  dist_hsr_m: { zh: "距高铁（m）", en: "Distance to high-speed rail (m)" },
  dist_expressway_m: { zh: "距高速公路（m）", en: "Distance to expressway (m)" },
  area_m2: { zh: "面积（m²）", en: "Area (m²)" },
  version: { zh: "版本", en: "Version" },
  remarks: { zh: "备注", en: "Remarks" },
  geometry: { zh: "边界", en: "Outline" },
  tasks: { zh: "治理任务与牵头单位", en: "Tasks and lead units" },
  yearly: { zh: "年度计划与完成", en: "Yearly plan and progress" },
  parties: { zh: "出资比例", en: "Fund shares" },
} as const satisfies Partial<Record<keyof Zone, Label>>;

export type ZoneField = keyof typeof zoneFieldLabel;

/** The label of a zone field, or the field's own name for one not in the registry. */
export function zoneFieldTitle(field: string, locale: "zh" | "en"): string {
  return (zoneFieldLabel as Record<string, Label>)[field]?.[locale] ?? field;
}

/** What a history version did, in words. */
export const historyActionLabel: Record<string, Label> = {
  create: { zh: "新建", en: "Created" },
  update: { zh: "修改", en: "Edited" },
  revert: { zh: "回退到旧版本", en: "Reverted" },
  status: { zh: "状态变更", en: "Status changed" },
  delete: { zh: "删除", en: "Deleted" },
  restore: { zh: "恢复", en: "Restored" },
  reopen: { zh: "重新开放修改", en: "Reopened" },
};

/** Fields whose values are vocabulary codes, shown by their labels. */
const VOCABULARY = {
  zone_type: zoneType,
  implementation_mode: implementationMode,
  phase,
  status: zoneStatus,
  damage_types: damageType,
} as const;

/** Fields a compare leaves out: bookkeeping, not content. */
const NOT_COMPARED = new Set(["id", "version", "created_at", "updated_at"]);

function show(field: string, value: unknown, locale: "zh" | "en"): string {
  if (value === null || value === undefined || value === "") return "—";
  const vocab = (VOCABULARY as Record<string, { labels: Record<string, Label> }>)[field];
  if (vocab) {
    const one = (v: unknown) => vocab.labels[String(v)]?.[locale] ?? String(v);
    return Array.isArray(value) ? value.map(one).join("、") || "—" : one(value);
  }
  if (field === "geometry") return locale === "zh" ? "（见地图）" : "(see the map)";
  if (field === "tasks" && Array.isArray(value))
    return (
      value
        .map(
          (t: { task_kind: string; lead_unit: string }) =>
            `${taskKind.labels[t.task_kind as "water"]?.[locale] ?? t.task_kind}：${t.lead_unit}`,
        )
        .join("；") || "—"
    );
  if (field === "parties" && Array.isArray(value))
    return (
      value
        .map((p: { company_name: string; share_pct: number }) => `${p.company_name} ${p.share_pct}%`)
        .join("；") || "—"
    );
  if (field === "yearly" && Array.isArray(value))
    return (
      value
        .map(
          (y: { year: number; planned_area_m2: number; done_area_m2: number }) =>
            `${y.year}: ${y.done_area_m2}/${y.planned_area_m2}`,
        )
        .join("；") || "—"
    );
  if (Array.isArray(value)) return value.join("、") || "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export interface ZoneFieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/**
 * The fields that differ between two versions of a zone (attributes and the
 * outline, in registry order), each with its label and both values as text.
 */
export function compareZoneVersions(a: Zone, b: Zone, locale: "zh" | "en"): ZoneFieldChange[] {
  const fields = [
    ...Object.keys(zoneFieldLabel),
    ...Object.keys(b).filter((k) => !(k in zoneFieldLabel)),
  ].filter((f) => !NOT_COMPARED.has(f));
  const changes: ZoneFieldChange[] = [];
  for (const field of fields) {
    const before = (a as Record<string, unknown>)[field];
    const after = (b as Record<string, unknown>)[field];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    changes.push({
      field,
      label: zoneFieldTitle(field, locale),
      before: show(field, before, locale),
      after: show(field, after, locale),
    });
  }
  return changes;
}
