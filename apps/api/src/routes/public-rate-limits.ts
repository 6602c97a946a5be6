/**
 * Rate limits of the anonymous routes, per client address. Reads are
 * generous (a dashboard page makes a handful of calls); writing a report is
 * scarce, but a village behind one mobile carrier address still gets through.
 */
export const PUBLIC_RATE_LIMITS = {
  read: { max: 120, timeWindow: "1 minute" },
  lookup: { max: 30, timeWindow: "1 minute" },
  report: { max: 10, timeWindow: "10 minutes" },
} as const;
