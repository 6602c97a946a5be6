/** Test geometries in lon/lat, written out once. */

/** The closed ring of the box from (west, south) to (east, north): its four corners and the first again. */
export function boxRing(west: number, south: number, east: number, north: number): [number, number][] {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

/** A polygon's coordinates: the square `size` degrees wide whose south-west corner is (x, y). */
export function square(x: number, y: number, size: number): [number, number][][] {
  return [boxRing(x, y, x + size, y + size)];
}
