import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@lianpian/db";
import { type Browser, chromium, type Request } from "playwright-core";
import { listenBenchApi } from "./bench-api.ts";
import type { Bench, BenchContext, BenchResult } from "./bench-types.ts";

const CHROMIUM = "/usr/bin/chromium";
const DIST = fileURLToPath(new URL("../../apps/web/dist/", import.meta.url));
const FACES = ["/", "/plan", "/field", "/public"] as const;
/** The view has settled when no request has been in flight for this long. */
const QUIET_MS = 2_000;
const SETTLE_TIMEOUT_MS = 240_000;
/** DevTools' "Slow 3G": 2 s round trip, 500 kbit/s down and up (×0.8 as DevTools applies it). */
const SLOW_3G = { offline: false, latency: 2_000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const UNTHROTTLED = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

interface FaceRun {
  requests: number;
  bytes: number;
  jsBytes: number;
  settledMs: number;
}

/**
 * Each face opened in headless Chromium with an empty cache, on an emulated
 * slow-3G link and unthrottled (CDP Network.emulateNetworkConditions):
 * requests, bytes on the wire and bytes of JavaScript until the first view
 * has settled (no request in flight for 2 s). Bytes and request counts are
 * the figures; times are for information. Serves the built app (apps/web/dist,
 * `npm run build`) from the real API over the bench database.
 */
export const facesBrowserBench: Bench = {
  name: "faces-browser",
  async run(context: BenchContext): Promise<BenchResult> {
    if (!existsSync(CHROMIUM) || !existsSync(`${DIST}index.html`)) {
      const missing = existsSync(CHROMIUM) ? "apps/web/dist (npm run build)" : CHROMIUM;
      return {
        name: "faces-browser",
        title: `skipped: no ${missing}`,
        table: [],
        notes: [],
        figures: {},
        barMet: true,
      };
    }
    const db = await openDatabase({ databaseUrl: context.databaseUrl, poolSize: 8 });
    const api = await listenBenchApi(db, context.databaseUrl, { LIANPIAN_WEB_DIST: DIST });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    const figures: Record<string, Record<string, FaceRun>> = {};
    const table = [];
    try {
      for (const face of FACES) {
        figures[face] = {};
        for (const [profile, conditions] of [
          ["slow-3g", SLOW_3G],
          ["unthrottled", UNTHROTTLED],
        ] as const) {
          const run = await openFace(browser, `${api.url}${face}`, conditions);
          context.log(
            `${face} ${profile}: ${run.requests} requests, ${kb(run.bytes)} KB, ${run.settledMs} ms`,
          );
          (figures[face] as Record<string, FaceRun>)[profile] = run;
          table.push({
            face,
            profile,
            requests: run.requests,
            "KB on the wire": kb(run.bytes),
            "KB of JS": kb(run.jsBytes),
            "settled s": Math.round(run.settledMs / 100) / 10,
          });
        }
      }
    } finally {
      await browser.close();
      await api.close();
      await db.close();
    }
    return {
      name: "faces-browser",
      title: "Each face's first view in headless Chromium, empty cache (requests and bytes until settled)",
      table,
      notes: ["slow 3G = 2 s latency, 500 kbit/s; settled = no request in flight for 2 s"],
      figures,
      barMet: true,
    };
  },
};

async function openFace(
  browser: Browser,
  url: string,
  conditions: typeof SLOW_3G | typeof UNTHROTTLED,
): Promise<FaceRun> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", conditions);
  const inFlight = new Set<Request>();
  let requests = 0;
  let bytes = 0;
  let jsBytes = 0;
  let lastActivity = performance.now();
  page.on("request", (request) => {
    requests += 1;
    inFlight.add(request);
    lastActivity = performance.now();
  });
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    const size = sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
    bytes += size;
    if (request.resourceType() === "script") jsBytes += size;
    inFlight.delete(request);
    lastActivity = performance.now();
  });
  page.on("requestfailed", (request) => {
    inFlight.delete(request);
    lastActivity = performance.now();
  });
  const started = performance.now();
  try {
    await page.goto(url, { waitUntil: "load", timeout: SETTLE_TIMEOUT_MS });
    while (inFlight.size > 0 || performance.now() - lastActivity < QUIET_MS) {
      if (performance.now() - started > SETTLE_TIMEOUT_MS) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { requests, bytes, jsBytes, settledMs: Math.round(lastActivity - started) };
  } finally {
    await context.close();
  }
}

function kb(n: number): number {
  return Math.round(n / 102.4) / 10;
}
