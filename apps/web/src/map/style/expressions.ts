import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";

/**
 * A `match` on a feature property, from a table keyed by the vocabulary's
 * values: one table feeds both the style and its legend.
 */
export function matchProperty(
  property: string,
  table: Readonly<Record<string, string | number>>,
  fallback: string | number,
): ExpressionSpecification {
  const pairs = Object.entries(table).flat();
  if (pairs.length === 0) return ["literal", fallback] as unknown as ExpressionSpecification;
  return ["match", ["get", property], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** Scales a width or radius with zoom: `base` at z9, half at z7, double at z13. */
export function zoomScaled(base: ExpressionSpecification | number): ExpressionSpecification {
  return ["interpolate", ["exponential", 1.5], ["zoom"], 7, ["*", 0.5, base], 9, base, 13, ["*", 2, base]];
}
