/*
 * The demo's six treatment zones: what kind each is, where it is sought, its
 * phase, status and implementation mode (the four of the Qinshui plan), the
 * task kinds it carries and how its restorable area splits by direction.
 */
export interface ZoneSpec {
  code: string;
  suffix: string;
  type: string;
  county: string;
  phase: "near" | "middle" | "long";
  status: string;
  mode: string | null;
  tasks: string[];
  directions: [string, number][];
}

const ALL_TASKS = [
  "mine_restoration",
  "water",
  "roads",
  "living_environment",
  "hazard_prevention",
  "greening_corridor",
];
export const ZONE_SPECS: ZoneSpec[] = [
  {
    code: "QS-LP-01",
    suffix: "矿区集中连片综合治理片区",
    type: "contiguous_mine",
    county: "140521",
    phase: "near",
    status: "in_progress",
    mode: "pooled_by_share",
    tasks: ALL_TASKS,
    directions: [
      ["forest", 0.45],
      ["farmland", 0.3],
      ["grassland", 0.25],
    ],
  },
  {
    code: "GP-LP-01",
    suffix: "矿区集中连片综合治理片区",
    type: "contiguous_mine",
    county: "140581",
    phase: "middle",
    status: "approved",
    mode: "single_enterprise",
    tasks: ALL_TASKS,
    directions: [
      ["farmland", 0.5],
      ["forest", 0.35],
      ["landscape", 0.15],
    ],
  },
  {
    code: "ZZ-CX-01",
    suffix: "采煤沉陷区综合治理片区",
    type: "subsidence",
    county: "140525",
    phase: "middle",
    status: "planned",
    mode: "co_funded",
    tasks: ["water", "roads", "living_environment", "hazard_prevention", "greening_corridor"],
    directions: [
      ["farmland", 0.55],
      ["fishery", 0.1],
      ["forest", 0.35],
    ],
  },
  {
    code: "CQ-KK-01",
    suffix: "历史遗留露天矿坑生态修复片区",
    type: "historic_pit",
    county: "140502",
    phase: "near",
    status: "accepted",
    mode: null,
    tasks: ["mine_restoration", "hazard_prevention", "greening_corridor"],
    directions: [
      ["forest", 0.5],
      ["landscape", 0.35],
      ["grassland", 0.15],
    ],
  },
  {
    code: "YC-LP-01",
    suffix: "矿区集中连片综合治理片区",
    type: "contiguous_mine",
    county: "140522",
    phase: "middle",
    status: "draft",
    mode: "enterprise_claim",
    tasks: ALL_TASKS,
    directions: [
      ["forest", 0.5],
      ["farmland", 0.3],
      ["grassland", 0.2],
    ],
  },
  {
    code: "LC-DZ-01",
    suffix: "地质灾害综合治理片区",
    type: "hazard_works",
    county: "140524",
    phase: "long",
    status: "draft",
    mode: "co_funded",
    tasks: ["hazard_prevention", "living_environment", "roads"],
    directions: [
      ["forest", 0.6],
      ["grassland", 0.4],
    ],
  },
];

export const LEAD: Record<string, string> = {
  mine_restoration: "自然资源局",
  water: "水利局",
  roads: "交通运输局",
  living_environment: "住房和城乡建设局",
  hazard_prevention: "自然资源局（地质灾害防治）",
  greening_corridor: "林业局",
};

export const PHASE_YEARS: Record<string, [number, number]> = {
  near: [2021, 2025],
  middle: [2026, 2028],
  long: [2027, 2028],
};
