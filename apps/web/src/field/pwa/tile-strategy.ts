import { Strategy, type StrategyHandler, type StrategyOptions } from "workbox-strategies";

/** The pack stores `?v=<data version>` URLs: offline, any version of a tile beats none. */
const LOOSE: CacheQueryOptions = { ignoreSearch: true, ignoreVary: true };

interface TileStrategyOptions extends StrategyOptions {
  /** The cache the page fills with downloaded tiles (read only here). */
  packCacheName: string;
  /** After this long without an answer, a cached tile is used if there is one. */
  networkTimeoutMs: number;
}

/**
 * Map tiles: network first, the request passed through unchanged (the page's
 * If-None-Match included); 200 answers go to the seen-tiles cache (this
 * strategy's cacheName), 304s and errors never. When the network fails, or is
 * slower than the timeout, the tile comes from the pack, then from the seen
 * tiles; with neither, a slow network is still awaited.
 */
export class TileStrategy extends Strategy {
  private readonly packCacheName: string;
  private readonly networkTimeoutMs: number;

  constructor(options: TileStrategyOptions) {
    const { packCacheName, networkTimeoutMs, ...rest } = options;
    super(rest);
    this.packCacheName = packCacheName;
    this.networkTimeoutMs = networkTimeoutMs;
  }

  protected async _handle(request: Request, handler: StrategyHandler): Promise<Response> {
    const network = handler.fetch(request).then((response) => {
      if (response.status === 200) handler.waitUntil(handler.cachePut(request, response.clone()));
      return response;
    });
    // Answered from a cache after the timeout, a late network failure is no error.
    network.catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = new Promise<"slow">((resolve) => {
      timer = setTimeout(() => resolve("slow"), this.networkTimeoutMs);
    });
    try {
      const first = await Promise.race([network, slow]);
      if (first !== "slow") return first;
      const cached = await this.cached(request);
      return cached ?? (await network);
    } catch (error) {
      const cached = await this.cached(request);
      if (cached) return cached;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async cached(request: Request): Promise<Response | undefined> {
    const packed = await (await caches.open(this.packCacheName)).match(request, LOOSE);
    if (packed) return packed;
    return (await caches.open(this.cacheName)).match(request, LOOSE);
  }
}
