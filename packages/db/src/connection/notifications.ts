import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** What a subscriber to a notification channel is told. */
interface ChannelHandlers {
  onMessage(payload: string): void;
  /** Listening (again): notifications sent while the listener was away are lost, so drop what they guard. */
  onListening(): void;
  /** The listening connection is gone; it is re-opened with backoff. */
  onLost(): void;
}

/** Subscribes to a PostgreSQL NOTIFY channel; resolves to the function that unsubscribes. */
export type Listen = (channel: string, handlers: ChannelHandlers) => () => Promise<void>;

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

function checkChannel(channel: string) {
  // The name is spliced into LISTEN (an identifier cannot be a parameter): only plain names pass.
  if (!CHANNEL.test(channel)) throw new RangeError(`not a plain channel name: ${channel}`);
}

/**
 * LISTEN on a connection of its own, kept open: when it drops (a restart, a
 * network cut) it is re-opened with backoff (0.5 s doubling to 10 s) and the
 * subscriber hears onLost, then onListening once it is back.
 */
export function serverListen(databaseUrl: string): Listen {
  return (channel, handlers) => {
    checkChannel(channel);
    let client: pg.Client | undefined;
    let closed = false;
    let waitMs = 500;
    let timer: NodeJS.Timeout | undefined;
    const retry = () => {
      if (closed) return;
      timer = setTimeout(connect, waitMs);
      timer.unref();
      waitMs = Math.min(10_000, waitMs * 2);
    };
    const connect = async () => {
      const c = new pg.Client({ connectionString: databaseUrl, application_name: "lianpian-listen" });
      c.on("error", () => {});
      c.on("notification", (message) => {
        if (message.channel === channel) handlers.onMessage(message.payload ?? "");
      });
      c.on("end", () => {
        if (client !== c) return;
        client = undefined;
        handlers.onLost();
        retry();
      });
      try {
        await c.connect();
        await c.query(`LISTEN ${channel}`);
      } catch {
        await c.end().catch(() => {});
        retry();
        return;
      }
      if (closed) {
        await c.end().catch(() => {});
        return;
      }
      client = c;
      waitMs = 500;
      handlers.onListening();
    };
    void connect();
    return async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    };
  };
}

/**
 * LISTEN on the embedded database: one process, one session. The LISTEN runs
 * through the session's lending (`run`), never inside someone's transaction.
 */
export function embeddedListen(pglite: PGlite, run: (sqlText: string) => Promise<unknown>): Listen {
  return (channel, handlers) => {
    checkChannel(channel);
    const off = pglite.onNotification((name, payload) => {
      if (name === channel) handlers.onMessage(payload);
    });
    void run(`LISTEN ${channel}`).then(
      () => handlers.onListening(),
      () => handlers.onLost(),
    );
    return async () => {
      off();
      await run(`UNLISTEN ${channel}`).catch(() => {});
    };
  };
}
