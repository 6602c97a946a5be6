import { promisify } from "node:util";
import {
  brotliCompress as brotliCallback,
  brotliCompressSync,
  constants,
  gzip as gzipCallback,
  gzipSync,
} from "node:zlib";

/** The content codings a tile is served in besides identity. */
export type TileCoding = "br" | "gzip";

/**
 * How hard to compress: `fast` for a tile compressed on every request (the
 * cache is off or missed and will not keep it), `small` for one compressed
 * once and then kept. Measured on the 100× demo tiles that get compressed
 * (≥ 1 KiB, 40 KiB on average): brotli quality 0 took ~4 µs per KiB and left
 * 44 % of the bytes; quality 1 took ~30 % more CPU to leave 41 %, gzip 1
 * over twice the CPU for 36 %. An uncompressed tile request costs the host
 * ~5 ms of CPU (database and Node), so the fast setting is the cheapest.
 * gzip 6 and brotli 5 shrink a further 10–15 % for 3–5× the CPU: worth it
 * only once per kept tile.
 */
export type CompressionEffort = "fast" | "small";

/**
 * Tiles up to this size are compressed on the event loop. The thread pool
 * costs far more CPU for the same bytes: on the 100× demo tiles, brotli 1 of
 * a 460 KiB tile took 2.4 ms in one call and 3.7 ms through the pool (gzip
 * 1: 3.3 vs 5.5 ms), CPU the database on the same host needs; a typical
 * tile of tens of KiB takes ~0.15 ms either way plus the hop. The bounds
 * keep the loop blocked for at most a few milliseconds: ~5 ms for the rare
 * huge tile at the fast settings, and the `small` settings (gzip 6 took
 * ~23 µs per KiB, ~6× gzip 1), paid once per cached tile, leave it sooner.
 */
const SYNC_MAX_BYTES: Record<CompressionEffort, number> = { fast: 1024 * 1024, small: 128 * 1024 };

const gzipAsync = promisify(gzipCallback);
const brotliAsync = promisify(brotliCallback);

function options(coding: TileCoding, effort: CompressionEffort, size: number) {
  if (coding === "gzip") return { level: effort === "fast" ? 1 : 6 };
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === "fast" ? 0 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}

/** The tile's bytes in a content coding. */
export async function compressTile(
  raw: Buffer,
  coding: TileCoding,
  effort: CompressionEffort,
): Promise<Buffer> {
  const opts = options(coding, effort, raw.byteLength);
  if (raw.byteLength <= SYNC_MAX_BYTES[effort]) {
    return coding === "gzip" ? gzipSync(raw, opts) : brotliCompressSync(raw, opts);
  }
  return coding === "gzip" ? gzipAsync(raw, opts) : brotliAsync(raw, opts);
}
