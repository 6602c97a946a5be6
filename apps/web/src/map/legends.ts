import type { LayerGroupId } from "./layer-catalog.ts";
import { checkDamsLegend } from "./style/check-dams.style.ts";
import { corridorsLegend } from "./style/corridors.style.ts";
import { countiesLegend } from "./style/counties.style.ts";
import { hazardsLegend } from "./style/hazards.style.ts";
import { HEAT_COLORS } from "./style/heat.style.ts";
import { minesLegend } from "./style/mines.style.ts";
import { protectedAreasLegend } from "./style/protected-areas.style.ts";
import { riversLegend } from "./style/rivers.style.ts";
import type { LegendSection } from "./style/style-types.ts";
import { subsidenceLegend } from "./style/subsidence.style.ts";
import { transportLegend } from "./style/transport.style.ts";
import { villagesLegend } from "./style/villages.style.ts";
import { zonesLegend } from "./style/zones.style.ts";

/** The legend of each layer-list row, built from the very constants the style uses. */
export const LEGENDS: Record<LayerGroupId, readonly LegendSection[]> = {
  counties: countiesLegend,
  rivers: riversLegend,
  transport: transportLegend,
  villages: villagesLegend,
  protected_areas: protectedAreasLegend,
  mines: minesLegend,
  subsidence: subsidenceLegend,
  hazards: hazardsLegend,
  corridors: corridorsLegend,
  zones: zonesLegend,
  check_dams: checkDamsLegend,
  hazard_heat: [
    {
      items: [
        {
          label: { zh: "受威胁人数：少 → 多", en: "Threatened people: few → many" },
          swatch: { shape: "gradient", stops: HEAT_COLORS },
        },
      ],
    },
  ],
};
