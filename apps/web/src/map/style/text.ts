import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { Locale } from "../../i18n/locale.ts";

/**
 * Labels are drawn from local fonts in the browser: the style has no `glyphs`
 * URL, and MapLibre 6 then rasterises every glyph (Latin and CJK alike) with
 * TinySDF from the CSS font stack below. Nothing is fetched for text.
 */
const FONT_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"] as const;

/** CSS font-family list for MapLibre's `localIdeographFontFamily`. */
export const LOCAL_FONT_FAMILY = `${FONT_FAMILIES.join(", ")}, sans-serif`;

export const FONT_REGULAR: string[] = [...FONT_FAMILIES];
// MapLibre sniffs the weight from the first name; the unknown "… Bold" family then falls through to the next.
export const FONT_BOLD: string[] = [`${FONT_FAMILIES[0]} Bold`, ...FONT_FAMILIES];

/** The feature's name in the interface language; English falls back to the Chinese name. */
export function nameField(locale: Locale, zh = "name_zh", en = "name_en"): ExpressionSpecification {
  if (locale === "zh") return ["to-string", ["get", zh]];
  return ["to-string", ["coalesce", ["get", en], ["get", zh]]];
}

export const HALO = "rgba(255, 255, 255, 0.92)";
