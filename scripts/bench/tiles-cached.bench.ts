import type { AddressInfo } from "node:net";
import { openDatabase, TILE_LAYERS } from "@lianpian/db";
import Fastify from "fastify";
import { listenBenchApi } from "./bench-api.ts";
import type { Bench, BenchContext, BenchResult } from "./bench-types.ts";
import { httpClient } from "./http-client.ts";
import { type ReplayRun, replay, summarise } from "./replay.ts";
import { readTileAnchors } from "./tile-anchors.ts";
import { pickTiles } from "./tile-list.ts";

const CONCURRENCY = 8;
const VIEWS = 80;
const LIST_SEED = 20_240_601;
const ROUNDS = 5;
const PASSES = 10;
/** The bar of issue 17: the cached tile path reaches this share of a bare Fastify route. */
const BAR = 0.8;
const ACCEPT = { "accept-encoding": "gzip, deflate, br, zstd" };
const FACE = "map";
/** Empty cells, so every row of the printed table has every column. */
const BLANK = { "requests/view": "", "bytes/view": "", "views/s": "" };

interface View {
  z: number;
  x: number;
  y: number;
}

/**
 * Composite against separate layers, and the cached tile path against the
 * framework's floor: (1) for the same map views, the requests and bytes the
 * face's one composite tile costs against one tile per layer (what the map
 * asked before), cold; (2) cached composite tiles from the real API against
 * a bare Fastify route answering the same bytes and headers from a Map, in
 * interleaved windows at concurrency 8.
 */
export const tilesCachedBench: Bench = {
  name: "tiles-cached",
  async run(context: BenchContext): Promise<BenchResult> {
    const db = await openDatabase({ databaseUrl: context.databaseUrl, poolSize: CONCURRENCY });
    const server = await listenBenchApi(db, context.databaseUrl);
    const bare = Fastify({ logger: false });
    const api = httpClient(server.url, CONCURRENCY);
    try {
      const views = distinctViews(pickTiles(await readTileAnchors(db), { seed: LIST_SEED, views: VIEWS }));
      context.log(`${views.length} views, face ${FACE} vs its ${TILE_LAYERS.length} layers one by one`);
      const separate = await perView(views, (v) =>
        TILE_LAYERS.filter((l) => v.z >= l.minzoom && v.z <= l.maxzoom).map((l) => path(l.name, v)),
      );
      const composite = await perView(views, (v) => [path(FACE, v)]);

      // The bare route answers the very bytes the API sent for each path: its body and every
      // header but those the framework writes itself (date, connection, length).
      const replies = new Map<string, { status: number; body: Buffer; headers: Record<string, string> }>();
      for (const v of views) {
        const reply = await api.get(path(FACE, v), ACCEPT, true);
        const { date, connection, "keep-alive": _k, "content-length": _l, ...headers } = reply.headers;
        replies.set(path(FACE, v), { status: reply.status, body: reply.body, headers });
      }
      bare.get("/tiles/:set/:z/:x/:y.mvt", (request, reply) => {
        const hit = replies.get(request.url);
        if (!hit) return reply.code(404).send(null);
        reply.headers(hit.headers);
        return hit.status === 204 ? reply.code(204).send(null) : reply.send(hit.body);
      });
      await bare.listen({ host: "127.0.0.1", port: 0 });
      const bareClient = httpClient(
        `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}`,
        CONCURRENCY,
      );
      const paths = views.map((v) => path(FACE, v));
      const runs: Record<"api" | "bare", ReplayRun[]> = { api: [], bare: [] };
      const window = (client: typeof api) =>
        replay(paths, CONCURRENCY, async (p) => void (await client.get(p, ACCEPT)), PASSES);
      await window(api);
      await window(bareClient);
      for (let round = 0; round < ROUNDS; round++) {
        const order: ("api" | "bare")[] = round % 2 === 0 ? ["api", "bare"] : ["bare", "api"];
        for (const which of order) runs[which].push(await window(which === "api" ? api : bareClient));
      }
      await bareClient.close();
      const cached = summarise(runs.api);
      const floor = summarise(runs.bare);
      const ratio = cached.perSecond / floor.perSecond;
      const barMet = ratio >= BAR;
      return {
        name: "tiles-cached",
        title: `Composite vs separate layers (${views.length} views, cold), cached API vs bare Fastify (concurrency ${CONCURRENCY})`,
        table: [
          { path: "separate layers (cold)", ...separate, "tiles/s": "", "p50 ms": "" },
          { path: `composite /tiles/${FACE} (cold)`, ...composite, "tiles/s": "", "p50 ms": "" },
          { path: "cached API", ...BLANK, "tiles/s": round(cached.perSecond), "p50 ms": round(cached.p50Ms) },
          { path: "bare Fastify", ...BLANK, "tiles/s": round(floor.perSecond), "p50 ms": round(floor.p50Ms) },
        ],
        notes: [
          `requests per view: ${separate["requests/view"]} → ${composite["requests/view"]}; bytes per view ${separate["bytes/view"]} → ${composite["bytes/view"]}`,
          `cached API / bare Fastify = ${round(ratio)} (bar ≥ ${BAR}: ${barMet ? "met" : "MISSED"})`,
        ],
        figures: {
          separate,
          composite,
          cached: round(cached.perSecond),
          bare: round(floor.perSecond),
          ratio: round(ratio),
        },
        barMet,
      };
    } finally {
      await api.close();
      await bare.close();
      await server.close();
      await db.close();
    }

    /** Requests and bytes per view of one way of asking, and views per second, with the cache cold. */
    async function perView(list: readonly View[], pathsOf: (v: View) => string[]) {
      let requests = 0;
      let bytes = 0;
      const started = performance.now();
      for (const v of list) {
        const replies = await Promise.all(pathsOf(v).map((p) => api.get(p, ACCEPT)));
        requests += replies.length;
        bytes += replies.reduce((sum, r) => sum + r.bytes, 0);
      }
      const seconds = (performance.now() - started) / 1000;
      return {
        "requests/view": round(requests / list.length),
        "bytes/view": Math.round(bytes / list.length),
        "views/s": round(list.length / seconds),
      };
    }
  },
};

function path(set: string, v: View): string {
  return `/tiles/${set}/${v.z}/${v.x}/${v.y}.mvt`;
}

function distinctViews(tiles: readonly View[]): View[] {
  const seen = new Map<string, View>();
  for (const t of tiles) seen.set(`${t.z}/${t.x}/${t.y}`, { z: t.z, x: t.x, y: t.y });
  return [...seen.values()];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
