import type { InspectionReply } from "@lianpian/domain";
import { isNetworkFailure } from "../../platform/api-client.ts";
import { type SendResult, sendInspection, sendPhoto } from "../api/field-api.ts";
import type { OutboxError, OutboxItem } from "../store/field-db.ts";
import {
  listOutbox,
  markPhotoUploaded,
  photosOf,
  readItem,
  recoverInterrupted,
  updateItem,
} from "./outbox-store.ts";
import { backoffMs, RETRY_SOON_MS, type SendVerdict, verdictOf } from "./retry-policy.ts";
import { sendOrder } from "./send-order.ts";

/** Most items sent in one pass, and passes in one run: every loop here is bounded. */
const MAX_ITEMS_PER_PASS = 50;
const MAX_PASSES = 5;

type Sent<T> = { verdict: SendVerdict; result: SendResult<T> | null };

async function attempt<T>(send: () => Promise<SendResult<T>>): Promise<Sent<T>> {
  try {
    const result = await send();
    return { verdict: verdictOf(result.status), result };
  } catch (error) {
    if (isNetworkFailure(error)) return { verdict: "retry", result: null };
    throw error;
  }
}

function errorOf(sent: Sent<unknown>): OutboxError {
  if (!sent.result) return { status: "network" };
  const body = sent.result.body as { error?: { code?: string; message?: string } } | null;
  return {
    status: sent.result.status,
    ...(body?.error?.code ? { code: body.error.code } : {}),
    ...(body?.error?.message ? { message: body.error.message } : {}),
  };
}

/** The item after a failed send: back in the queue with a delay, or waiting for the user. */
function afterFailure(item: OutboxItem, sent: Sent<unknown>, now: number): OutboxItem {
  const attempts = item.attempts + 1;
  const lastError = errorOf(sent);
  if (sent.verdict === "retry")
    return { ...item, state: "waiting", attempts, lastError, nextAttemptAt: now + backoffMs(attempts) };
  if (sent.verdict === "retry_soon")
    return { ...item, state: "waiting", attempts, lastError, nextAttemptAt: now + RETRY_SOON_MS };
  return { ...item, state: "attention", attempts, lastError };
}

/** Sends one item: the inspection if not yet stored, then each photo not yet uploaded. */
async function sendItem(item: OutboxItem): Promise<void> {
  await updateItem(item.clientKey, (i) => ({ ...i, state: "sending" }));
  if (!item.stored) {
    const sent = await attempt(() => sendInspection(item.body));
    if (sent.verdict !== "stored") {
      await updateItem(item.clientKey, (i) => afterFailure(i, sent, Date.now()));
      return;
    }
    const reply = sent.result?.body as InspectionReply;
    await updateItem(item.clientKey, (i) => ({
      ...i,
      stored: true,
      lastError: null,
      result: {
        needsReview: reply.inspection.needs_review,
        conflictReason: reply.conflict?.reason ?? null,
        alertLevel: reply.alert?.level ?? null,
      },
    }));
  }
  for (const photo of await photosOf(item.clientKey)) {
    if (photo.uploaded) continue;
    const sent = await attempt(() => sendPhoto(item.clientKey, photo.sha256, photo.contentType, photo.blob));
    if (sent.verdict !== "stored") {
      await updateItem(item.clientKey, (i) => afterFailure(i, sent, Date.now()));
      return;
    }
    await markPhotoUploaded(photo);
  }
  await updateItem(item.clientKey, (i) => ({ ...i, state: "done", lastError: null }));
}

/**
 * Drains the outbox whenever there may be something to send: at start, when
 * the network comes back, when an item is added, and at the next retry time.
 * One run at a time per page, and one page at a time per browser (Web Locks);
 * the server's idempotency makes a double send harmless anyway.
 */
export class OutboxSync {
  /** @param userId the logged-in user; only the items they recorded are sent. */
  constructor(private readonly userId: number) {}

  private running = false;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly kickBound = () => this.kick();

  start(): () => void {
    window.addEventListener("online", this.kickBound);
    document.addEventListener("visibilitychange", this.kickBound);
    void recoverInterrupted().then(this.kickBound);
    return () => {
      window.removeEventListener("online", this.kickBound);
      document.removeEventListener("visibilitychange", this.kickBound);
      clearTimeout(this.timer);
    };
  }

  /** Asks for a run now (coalesced with one in progress). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    clearTimeout(this.timer);
    try {
      const locks = navigator.locks;
      if (locks) await locks.request("lianpian-outbox-sync", () => this.passes());
      else await this.passes();
    } catch (error) {
      console.warn("[outbox] sync failed", error);
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.kick();
      } else await this.schedule();
    }
  }

  private async passes(): Promise<void> {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const now = Date.now();
      const due = sendOrder(
        (await listOutbox()).filter(
          (i) => i.state === "waiting" && i.nextAttemptAt <= now && i.userId === this.userId,
        ),
      ).slice(0, MAX_ITEMS_PER_PASS);
      if (due.length === 0 || !navigator.onLine) return;
      for (const item of due) {
        const fresh = await readItem(item.clientKey);
        if (fresh?.state === "waiting") await sendItem(fresh);
      }
    }
  }

  private async schedule(): Promise<void> {
    const waiting = (await listOutbox()).filter((i) => i.state === "waiting" && i.userId === this.userId);
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((i) => i.nextAttemptAt));
    this.timer = setTimeout(this.kickBound, Math.max(1000, next - Date.now()));
  }
}
