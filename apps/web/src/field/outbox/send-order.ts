/** The fields the send order looks at. */
export interface Sendable {
  createdAt: number;
  /** over a threshold, or orange/red: it goes first */
  urgent?: boolean;
}

/**
 * The order the outbox sends in: urgent items first, then oldest first, so
 * an alert recorded in a dead zone is not queued behind a day of routine
 * inspections when the signal comes back.
 */
export function sendOrder<T extends Sendable>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => Number(b.urgent === true) - Number(a.urgent === true) || a.createdAt - b.createdAt,
  );
}
