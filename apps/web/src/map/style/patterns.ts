/** A raw RGBA image for `map.addImage`. */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

function parseHex(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * Diagonal hatching (lines at 45°) in one colour on a transparent tile, drawn
 * pixel by pixel so no canvas or image file is needed. It tiles seamlessly
 * because the stripe period divides the tile size.
 */
export function hatchPattern(hex: string, size = 12, lineWidth = 2, alpha = 200): PatternImage {
  const [r, g, b] = parseHex(hex);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size < lineWidth) {
        const i = (y * size + x) * 4;
        data[i] = r;
        data[i + 1] = g;
        data[i + 2] = b;
        data[i + 3] = alpha;
      }
    }
  }
  return { width: size, height: size, data };
}
