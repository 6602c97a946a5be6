import type { FastifyRequest } from "fastify";

/**
 * Rate limits of the anonymous routes, per client address. Reads are
 * generous (a dashboard page makes a handful of calls); writing a report is
 * scarce, but a village behind one mobile carrier address still gets through.
 * These are the defaults; an admin changes reads and reports at run time
 * (settings public.rate_limit.read / .report), see `publicRateLimit`.
 */
export const PUBLIC_RATE_LIMITS = {
  read: { max: 120, timeWindow: "1 minute" },
  lookup: { max: 30, timeWindow: "1 minute" },
  report: { max: 10, timeWindow: "10 minutes" },
} as const;

/** The run-time setting that overrides each limit's max, where there is one. */
const SETTING: Partial<Record<keyof typeof PUBLIC_RATE_LIMITS, string>> = {
  read: "public.rate_limit.read",
  report: "public.rate_limit.report",
};

/**
 * A public route's rate limit: its max read from the run-time settings (an
 * admin's change holds on every process within seconds), else the default.
 */
export function publicRateLimit(kind: keyof typeof PUBLIC_RATE_LIMITS) {
  const fallback = PUBLIC_RATE_LIMITS[kind];
  const key = SETTING[kind];
  if (!key) return fallback;
  return {
    timeWindow: fallback.timeWindow,
    max: async (request: FastifyRequest) => {
      const server = request.server;
      const value = server.hasDecorator("settings") ? await server.settings.get(key) : null;
      return typeof value === "number" ? value : fallback.max;
    },
  };
}
