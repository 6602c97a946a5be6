/**
 * Rings the planner's unit tests draw with: corners in Zezhou, EPSG:4326
 * [lng, lat], closed as GeoJSON wants them (the last corner is the first).
 */

/** A square of 0.01° a side: about 906 m east–west by 1109 m north–south, some 100 ha. */
export const SQUARE = [
  [112.8, 35.5],
  [112.81, 35.5],
  [112.81, 35.51],
  [112.8, 35.51],
  [112.8, 35.5],
];

/** The square's corners in a crossing order: a bow tie, its outline crossing itself. */
export const BOWTIE = [
  [112.8, 35.5],
  [112.81, 35.51],
  [112.81, 35.5],
  [112.8, 35.51],
  [112.8, 35.5],
];

/** Half the square: three of its corners. */
export const TRIANGLE = [
  [112.8, 35.5],
  [112.81, 35.5],
  [112.81, 35.51],
  [112.8, 35.5],
];
