import { countRateLimitHit, type Db, deleteEndedRateLimitWindows, readRateLimitHits } from "@lianpian/db";
import type { FastifyInstance, FastifyRequest } from "fastify";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
interface RouteLimitOptions {
  routeInfo?: { method?: string | string[]; url?: string };
}

/**
 * A @fastify/rate-limit store that keeps its counters in the database, so a
 * limit holds across every API process behind a load balancer (the default
 * in-memory store multiplies it by the process count). Keys are prefixed by
 * the route, as the plugin's own stores do.
 */
export function sharedRateLimitStore(db: Db) {
  return class SharedRateLimitStore {
    constructor(
      _global?: unknown,
      private readonly prefix = "",
    ) {}

    incr(key: string, callback: Callback, timeWindow: number) {
      countRateLimitHit(db.kysely, this.prefix + key, timeWindow).then(
        ({ hits, ttlMs }) => callback(null, { current: hits, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    read(key: string, callback: Callback) {
      readRateLimitHits(db.kysely, this.prefix + key).then(
        ({ hits, ttlMs }) => callback(null, { current: hits, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    /** The plugin passes the route's merged limit options, with the route as `routeInfo`. */
    child(options: unknown) {
      const route = (options as RouteLimitOptions).routeInfo;
      const method = Array.isArray(route?.method) ? route.method.join(",") : (route?.method ?? "");
      return new SharedRateLimitStore(undefined, `${this.prefix}${method}${route?.url ?? ""}:`);
    }
  };
}

/** Ended windows are dropped every ten minutes while the app runs. */
export function sweepEndedRateLimitWindows(app: FastifyInstance, db: Db) {
  const sweep = setInterval(() => void deleteEndedRateLimitWindows(db.kysely).catch(() => {}), 10 * 60_000);
  sweep.unref();
  app.addHook("onClose", async () => clearInterval(sweep));
}

/** Every write route's limit unless it sets its own: per user when logged in, else per address. */
const WRITE_RATE_LIMIT = { max: 300, timeWindow: "1 minute" } as const;

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Gives every write route a rate limit (its own, or WRITE_RATE_LIMIT). Must
 * be added before @fastify/rate-limit is registered, so the plugin's own
 * route hook sees the limit.
 */
export function limitEveryWriteRoute(app: FastifyInstance) {
  app.addHook("onRoute", (route) => {
    const methods = [route.method].flat();
    if (!methods.some((m) => WRITE_METHODS.has(m))) return;
    const config = (route.config ?? {}) as { rateLimit?: unknown };
    if (config.rateLimit !== undefined) return;
    route.config = {
      ...config,
      rateLimit: {
        ...WRITE_RATE_LIMIT,
        keyGenerator: (request: FastifyRequest) => (request.user ? `user:${request.user.id}` : request.ip),
      },
    } as typeof route.config;
  });
}
